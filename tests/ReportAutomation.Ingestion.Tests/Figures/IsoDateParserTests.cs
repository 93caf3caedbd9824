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
}
