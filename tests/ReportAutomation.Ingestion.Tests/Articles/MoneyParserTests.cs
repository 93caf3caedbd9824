using ReportAutomation.Ingestion.Articles;

namespace ReportAutomation.Ingestion.Tests.Articles;

public sealed class MoneyParserTests
{
    [Theory]
    [InlineData("Meta will spend $14.3 billion on the deal.", "14300000000", "USD", "$14.3 billion")]
    [InlineData("The plan could cost $600bn over a decade.", "600000000000", "USD", "$600bn")]
    [InlineData("It raised USD 2 billion in bonds.", "2000000000", "USD", "USD 2 billion")]
    [InlineData("Revenue reached €1.2bn in Europe.", "1200000000", "EUR", "€1.2bn")]
    [InlineData("The unit was sold for £800m last year.", "800000000", "GBP", "£800m")]
    [InlineData("A fund of US$40 billion backs it.", "40000000000", "USD", "US$40 billion")]
    [InlineData("Spending may reach $1.5 trillion.", "1500000000000", "USD", "$1.5 trillion")]
    [InlineData("The estate sold for $65 million.", "65000000", "USD", "$65 million")]
    [InlineData("Capex guidance is $60-65 billion this year.", "65000000000", "USD", "$60-65 billion")]
    [InlineData("The fine was $1,250,000 in total.", "1250000", "USD", "$1,250,000")]
    [InlineData("It paid 3 billion euros for the stake.", "3000000000", "EUR", "3 billion euros")]
    [InlineData("Sales hit 14.3B, all of it in US dollars.", "14300000000", "USD", "14.3B")]
    [InlineData("Capex was $5M, up from 2.5M a year earlier.", "5000000", "USD", "$5M")]
    [InlineData("A subscription costs $20 a month.", "20", "USD", "$20")]
    public void Find_StatedAmount_ReadsValueCurrencyAndText(string sentence, string value, string currency, string text)
    {
        // Given a sentence stating money; When parsed; Then the first amount is read in units with its ISO currency
        var amount = MoneyParser.Find(sentence)[0];
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), amount.Value);
        Assert.Equal(currency, amount.Currency);
        Assert.Equal(text, amount.Text);
    }

    [Theory]
    [InlineData("In 2025 the company hired 2,000 engineers.")]
    [InlineData("Margins rose 14.3% and revenue grew 12 percent.")]
    [InlineData("The model has 70B parameters.")]
    [InlineData("Sales reached 14.3B last year.")]
    [InlineData("Meta has 3 billion users across its apps.")]
    [InlineData("The 2024-2025 season started late.")]
    [InlineData("Version 4.5 ships in Q3 2026.")]
    public void Find_NoMoney_FindsNothing(string sentence)
    {
        // Given years, percentages, counts, or a bare amount whose sentence names no currency; Then no money is read
        Assert.Empty(MoneyParser.Find(sentence));
    }

    [Fact]
    public void Find_SentenceWithTwoAmounts_ReadsBothInOrder()
    {
        // Given two amounts in one sentence
        var amounts = MoneyParser.Find("It spent $40 billion in 2024 and plans $65 billion in 2025.");

        // Then both are read, in order
        Assert.Equal([40_000_000_000m, 65_000_000_000m], amounts.Select(a => a.Value));
    }

    [Fact]
    public void Read_ArticleWithMoney_RecordsSentenceAndArticleId()
    {
        // Given a page stating an amount
        using var folder = ArticleFolder.With("scripts-jsonld.html");

        // When it is read
        var fact = Assert.Single(folder.ReadSingle().Money);

        // Then the fact carries its provenance
        Assert.Equal(65_000_000m, fact.Value);
        Assert.Equal("Coho Vineyard sold its Napa estate to a pension fund for $65 million, the company said.", fact.Sentence);
        Assert.Equal("scripts-jsonld.html", fact.ArticleId);
    }
}
