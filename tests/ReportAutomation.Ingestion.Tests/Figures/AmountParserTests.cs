using System.Globalization;
using ReportAutomation.Ingestion.Figures.Parsing;

namespace ReportAutomation.Ingestion.Tests.Figures;

public sealed class AmountParserTests
{
    private static readonly NumberFormat Invariant = NumberFormat.For(CultureInfo.InvariantCulture);
    private static readonly NumberFormat German = NumberFormat.For(CultureInfo.GetCultureInfo("de-DE"));

    [Theory]
    [InlineData("$14.3B", "14300000000", "USD", '$')]
    [InlineData("600bn", "600000000000", null, '\0')]
    [InlineData("14,300,000,000", "14300000000", null, '\0')]
    [InlineData("2.5 billion", "2500000000", null, '\0')]
    [InlineData("750M", "750000000", null, '\0')]
    [InlineData("€1.2bn", "1200000000", "EUR", '€')]
    [InlineData("USD 2 billion", "2000000000", "USD", '\0')]
    [InlineData("£3.5m", "3500000", "GBP", '£')]
    [InlineData("¥120 Million", "120000000", "JPY", '¥')]
    [InlineData("45k", "45000", null, '\0')]
    [InlineData("1.5 TN", "1500000000000", null, '\0')]
    [InlineData("2 trillion EUR", "2000000000000", "EUR", '\0')]
    [InlineData("US$ 5", "5", "USD", '$')]
    [InlineData("1,234.5", "1234.5", null, '\0')]
    [InlineData("0", "0", null, '\0')]
    [InlineData("999,999,999,999,999", "999999999999999", null, '\0')]
    [InlineData("1000 trillion", "1000000000000000", null, '\0')]
    [InlineData("0.000000000000000000001", "0.000000000000000000001", null, '\0')]
    public void TryParse_InvariantAmounts_ReadsValueAndCurrency(string text, string expected, string? currency, char symbol)
    {
        // Given an amount as people write it, When it is read under the invariant culture
        var ok = AmountParser.TryParse(text, Invariant, out var amount, out var reason);

        // Then the value has its suffix applied and the currency it named
        Assert.True(ok, reason);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), amount.Value);
        Assert.Equal(currency, amount.Currency);
        Assert.Equal(symbol, amount.Symbol);
    }

    [Theory]
    [InlineData("1,5", "ambiguous")]
    [InlineData("1,50", "ambiguous")]
    [InlineData("1,5000", "ambiguous")]
    [InlineData("1234,567", "ambiguous")]
    [InlineData("1,234,5", "ambiguous")]
    [InlineData("1.234,5", "ambiguous")]
    [InlineData("1.2.3", "ambiguous")]
    [InlineData("-5", "negative")]
    [InlineData("(5)", "negative")]
    [InlineData("$-1.2bn", "negative")]
    [InlineData("", "empty")]
    [InlineData("abc", "not a number")]
    [InlineData("12 apples", "suffix")]
    [InlineData("5 5", "suffix")]
    [InlineData("=1+1", "not a number")]
    [InlineData("1234567890123456789012", "larger than 10^15")]
    [InlineData("1000000000000001", "larger than 10^15")]
    [InlineData("50000000000000000 trillion", "larger than 10^15")]
    [InlineData("1001 trillion", "larger than 10^15")]
    public void TryParse_BadInvariantAmounts_FailWithReason(string text, string reasonPart)
    {
        // Given a malformed, ambiguous or negative amount, When it is read
        var ok = AmountParser.TryParse(text, Invariant, out _, out var reason);

        // Then it is refused and the reason says why
        Assert.False(ok);
        Assert.Contains(reasonPart, reason, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("1,5", "1.5")]
    [InlineData("1.234,5", "1234.5")]
    [InlineData("14.300.000.000", "14300000000")]
    [InlineData("1,2 Mrd", null)]
    [InlineData("2,5 billion", "2500000000")]
    [InlineData("1.5", null)]
    public void TryParse_GermanCulture_UsesCommaDecimals(string text, string? expected)
    {
        // Given an amount written with German separators, When it is read under de-DE
        var ok = AmountParser.TryParse(text, German, out var amount, out _);

        // Then ',' is the decimal separator and '.' groups thousands, strictly
        Assert.Equal(expected is not null, ok);
        if (expected is not null)
        {
            Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), amount.Value);
        }
    }

    [Fact]
    public void Contradicts_SymbolAgainstColumn_ChecksFamilies()
    {
        // Given amounts written with symbols and codes
        AmountParser.TryParse("$5", Invariant, out var dollars, out _);
        AmountParser.TryParse("€5", Invariant, out var euros, out _);
        AmountParser.TryParse("USD 5", Invariant, out var coded, out _);

        // Then $ agrees with any dollar currency, € only with EUR, and a written code only with itself
        Assert.False(dollars.Contradicts("USD"));
        Assert.False(dollars.Contradicts("CAD"));
        Assert.True(dollars.Contradicts("EUR"));
        Assert.True(euros.Contradicts("USD"));
        Assert.False(coded.Contradicts("USD"));
        Assert.True(coded.Contradicts("CAD"));
    }

    [Theory]
    [InlineData("1234567")]
    [InlineData("0")]
    [InlineData("007")]
    [InlineData("12.5")]
    [InlineData("12.50")]
    [InlineData("0.05")]
    [InlineData("999999999999999999")]
    [InlineData("9999999999999999.9")]
    public void TryReadPlain_PlainNumbers_GivesTheGeneralParsersValueAndScale(string text)
    {
        // Given a plain number, When the one-pass reader and the general reader both read it
        Assert.True(CultureNumber.TryReadPlain(text, '.', out var fast));
        Assert.Equal(NumberStatus.Ok, CultureNumber.TryRead(text, Invariant, out var general, out var consumed));

        // Then they agree to the digit, trailing zeros (the decimal's scale) included
        Assert.Equal(text.Length, consumed);
        Assert.Equal(general, fast);
        Assert.Equal(general.Scale, fast.Scale);
        Assert.Equal(general.ToString(CultureInfo.InvariantCulture), fast.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("1,5", '.')]
    [InlineData("1.5", ',')]
    [InlineData("1.2.3", '.')]
    [InlineData(".5", '.')]
    [InlineData("5.", '.')]
    [InlineData(" 5", '.')]
    [InlineData("-5", '.')]
    [InlineData("5M", '.')]
    [InlineData("1234567890123456789", '.')]
    [InlineData("", '.')]
    public void TryReadPlain_AnythingButDigitsAndOneSeparator_IsLeftToTheGeneralParser(string text, char decimalSeparator)
    {
        // Given text that needs the general rules (groups, signs, suffixes, 19+ digits), When the one-pass reader sees it
        // Then it declines, so ambiguity and every other reason are still decided in one place
        Assert.False(CultureNumber.TryReadPlain(text, decimalSeparator, out _));
    }

    [Fact]
    public void TryParse_GermanPlainDecimal_ReadsCommaAsTheDecimalSeparator()
    {
        // Given "1,5" under de-DE (a plain number there), When it is read, Then it is one and a half, and "1.5" is refused
        Assert.True(AmountParser.TryParse("1,5", German, out var amount, out _));
        Assert.Equal(1.5m, amount.Value);
        Assert.False(AmountParser.TryParse("1.5", German, out _, out _));
    }
}
