using System.Globalization;
using ReportAutomation.Ingestion.Figures.Parsing;

namespace ReportAutomation.Ingestion.Tests.Figures;

public sealed class ScoreParserTests
{
    private static readonly NumberFormat Invariant = NumberFormat.For(CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("0.25", 0.25)]
    [InlineData("-1", -1.0)]
    [InlineData("+1", 1.0)]
    [InlineData("-0.75", -0.75)]
    [InlineData("0", 0.0)]
    public void TryParse_InRange_ReadsScore(string text, double expected)
    {
        // Given a score in [-1, 1], When it is read, Then its value is kept
        Assert.True(ScoreParser.TryParse(text, Invariant, out var score, out var reason), reason);
        Assert.Equal(expected, score);
    }

    [Theory]
    [InlineData("1.5", "between -1 and 1")]
    [InlineData("-1.01", "between -1 and 1")]
    [InlineData("0,5", "ambiguous")]
    [InlineData("0.5x", "not a number")]
    [InlineData("NaN", "not a number")]
    [InlineData("", "empty")]
    public void TryParse_OutOfRangeOrMalformed_IsRefused(string text, string reasonPart)
    {
        // Given a score out of range or not a number, When it is read, Then the reason says why
        Assert.False(ScoreParser.TryParse(text, Invariant, out _, out var reason));
        Assert.Contains(reasonPart, reason, StringComparison.OrdinalIgnoreCase);
    }
}
