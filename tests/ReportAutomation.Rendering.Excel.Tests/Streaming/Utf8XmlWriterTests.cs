using System.Text;
using ReportAutomation.Rendering.Excel.Streaming;

namespace ReportAutomation.Rendering.Excel.Tests.Streaming;

public sealed class Utf8XmlWriterTests
{
    [Theory]
    [InlineData("plain ascii", "plain ascii")]
    [InlineData("a<b>&c", "a&lt;b&gt;&amp;c")]
    [InlineData("bell\u0001 nul\u0000 esc\u001B", "bell nul esc")]
    [InlineData("non-chars \uFFFE\uFFFF", "non-chars ")]
    [InlineData("tab\tnew\nline", "tab\tnew\nline")]
    [InlineData("cr\rlf", "cr&#13;lf")]
    [InlineData("Zürich € 😀", "Zürich € 😀")]
    [InlineData("=HYPERLINK(\"http://evil\",\"x\")", "=HYPERLINK(\"http://evil\",\"x\")")]
    public void Text_AnyString_EscapesMarkupAndDropsCharactersXmlForbids(string input, string expected)
    {
        // When
        var written = Write(w => w.Text(input));

        // Then
        Assert.Equal(expected, written);
    }

    [Fact]
    public void Text_UnpairedSurrogates_AreDropped()
    {
        // Given: built in code (theory data would replace lone surrogates before the test sees them)
        var input = "lone " + '\uD800' + " high, lone " + '\uDC00' + " low, pair " + "\uD83D\uDE00";

        // When
        var written = Write(w => w.Text(input));

        // Then
        Assert.Equal("lone  high, lone  low, pair 😀", written);
    }

    [Theory]
    [InlineData("_x0041_", "_x005F_x0041_")]
    [InlineData("a_x00zz_b _X004a_", "a_x00zz_b _x005F_X004a_")]
    [InlineData("snake_case", "snake_case")]
    public void CellText_LiteralExcelEscape_IsProtectedFromUnescaping(string input, string expected)
    {
        // When
        var written = Write(w => w.CellText(input));

        // Then
        Assert.Equal(expected, written);
    }

    [Fact]
    public void AttributeValue_QuotesAndWhitespace_AreCharacterReferences()
    {
        // When
        var written = Write(w => w.AttributeValue("a\"b\tc\nd<"));

        // Then
        Assert.Equal("a&quot;b&#9;c&#10;d&lt;", written);
    }

    [Theory]
    [InlineData(1.5, "1.5")]
    [InlineData(1e20, "1E+20")]
    [InlineData(-0.0, "0")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(123456789012.0, "123456789012")]
    [InlineData(-46023.0, "-46023")]
    [InlineData(1e-7, "1E-07")]
    public void Number_Double_WritesInvariantRoundTrip(double value, string expected)
    {
        // When
        var written = Write(w => w.Number(value));

        // Then
        Assert.Equal(expected, written);
        Assert.Equal(value == 0 ? 0 : value, double.Parse(written, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Text_LongerThanTheBuffer_IsWrittenWhole()
    {
        // Given: text far larger than the writer's buffer, with a surrogate pair straddling chunk edges
        var text = string.Concat(Enumerable.Repeat("ab😀<", 50_000));

        // When
        var written = Write(w => w.Text(text), bufferSize: 1024);

        // Then
        Assert.Equal(text.Replace("<", "&lt;", StringComparison.Ordinal), written);
    }

    private static string Write(Action<Utf8XmlWriter> write, int bufferSize = 1 << 16)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8XmlWriter(stream, bufferSize))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
