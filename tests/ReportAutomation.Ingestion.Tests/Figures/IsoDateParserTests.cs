using ReportAutomation.Ingestion.Figures.Parsing;

namespace ReportAutomation.Ingestion.Tests.Figures;

public sealed class IsoDateParserTests
{
    [Theory]
    [InlineData("2026-03-04", "2026-03-04")]
    [InlineData("2024-02-29", "2024-02-29")]
    [InlineData("2026-03-04T10:30", "2026-03-04")]
    [InlineData("2026-03-04T23:30:00Z", "2026-03-04")]
    [InlineData("2026-03-04T23:30:00.123+05:00", "2026-03-04")]
    [InlineData("2026-03-04 08:15:00", "2026-03-04")]
    public void TryParse_IsoText_TakesTheDateAsWritten(string text, string expected)
    {
        // Given an ISO date or date-time, When it is read
        var ok = IsoDateParser.TryParse(text, out var date);

        // Then its date is the one written, whatever the offset
        Assert.True(ok);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("03/04/2026")]
    [InlineData("04.03.2026")]
    [InlineData("2026-3-4")]
    [InlineData("2026-13-01")]
    [InlineData("2026-02-30")]
    [InlineData("2025-02-29")]
    [InlineData("2026-03-04X")]
    [InlineData("2026-03-04T25:00")]
    [InlineData("March 4, 2026")]
    [InlineData("")]
    public void TryParse_AnythingElse_IsRefused(string text)
    {
        // Given text that is not an ISO date, When it is read, Then no culture guess is made
        Assert.False(IsoDateParser.TryParse(text, out _));
    }

    [Theory]
    [InlineData("2026-03-04", true)]
    [InlineData("2024-02-29", true)]
    [InlineData("2025-02-29", false)]
    [InlineData("2026-13-01", false)]
    [InlineData("2026-3-04 ", false)]
    [InlineData(" 2026-03-04", false)]
    [InlineData("2026-03-04T10:30", false)]
    [InlineData("２０２６-03-04", false)]
    [InlineData("2026\u201303-04", false)]
    public void TryParseDate_Utf8Bytes_ReadsOnlyPlainIsoDatesAndAgreesWithTheTextParser(string text, bool read)
    {
        // Given a field's UTF-8 bytes (full-width digits and a non-ASCII dash included), When they are read without decoding
        text = System.Text.RegularExpressions.Regex.Unescape(text);
        var ok = IsoDateParser.TryParseDate(System.Text.Encoding.UTF8.GetBytes(text), out var date);

        // Then only a plain yyyy-MM-dd is read, to the same date the text parser gives; the rest goes to the text parser
        Assert.Equal(read, ok);
        if (ok)
        {
            Assert.True(IsoDateParser.TryParse(text, out var expected));
            Assert.Equal(expected, date);
        }
    }

    [Theory]
    [InlineData("2026-11-23T00:30:00+01:00", "2026-11-22")]
    [InlineData("2026-11-22T23:59:59Z", "2026-11-22")]
    [InlineData("2026-11-23T00:00:00Z", "2026-11-23")]
    [InlineData("2026-07-05T23:30:00Z", "2026-07-06")]
    [InlineData("2026-11-23T00:30", "2026-11-23")]
    [InlineData("2026-11-23", "2026-11-23")]
    public void TryParse_WithThePacksZone_MovesOffsetsIntoLondonTime(string text, string expected)
    {
        // Given a date-time and the pack's zone (London: UTC in winter, UTC+1 in summer), When it is read
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        Assert.True(IsoDateParser.TryParse(text, out var date, london));

        // Then a written offset is converted before the date is taken; without one the text is London time already
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }
}
