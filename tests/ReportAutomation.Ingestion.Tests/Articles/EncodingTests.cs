namespace ReportAutomation.Ingestion.Tests.Articles;

public sealed class EncodingTests
{
    private const string Expected = "Fabrikam\u2019s caf\u00e9 division earned \u20ac1.2bn last year \u2013 \u201cour best year\u201d, the chief executive said.";

    [Theory]
    [InlineData("windows-1252.html")]
    [InlineData("windows-1252-http-equiv.html")]
    [InlineData("bom.html")]
    [InlineData("bom.txt")]
    [InlineData("cp1252.txt")]
    public void Read_EncodedFile_DecodesEveryCharacter(string fixture)
    {
        // Given the same text saved as windows-1252 (declared or not) or as UTF-8 with a BOM
        using var folder = ArticleFolder.With(fixture);

        // When it is read
        var article = folder.ReadSingle();

        // Then euro sign, curly quotes, dash and accents come through, and the BOM does not
        ArticleAssert.Contains(article, Expected);
        Assert.Equal("Fabrikam caf\u00e9 results", article.Title);
        var money = Assert.Single(article.Money);
        Assert.Equal(1_200_000_000m, money.Value);
        Assert.Equal("EUR", money.Currency);
    }
}
