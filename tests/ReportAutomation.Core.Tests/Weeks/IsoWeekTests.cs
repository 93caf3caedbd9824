using ReportAutomation.Core.Weeks;

namespace ReportAutomation.Core.Tests.Weeks;

public sealed class IsoWeekTests
{
    [Theory]
    [InlineData("2026-W47", 2026, 47, "2026-11-16", "2026-11-22")]
    [InlineData("2026w01", 2026, 1, "2025-12-29", "2026-01-04")]
    [InlineData("2020-W53", 2020, 53, "2020-12-28", "2021-01-03")]
    public void Parse_ValidLabel_GivesMondayToSunday(string text, int year, int week, string start, string end)
    {
        var parsed = IsoWeek.Parse(text);

        Assert.Equal(year, parsed.Year);
        Assert.Equal(week, parsed.Week);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), parsed.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), parsed.End);
    }

    [Theory]
    [InlineData("2026-W54")]
    [InlineData("2026-W00")]
    [InlineData("2026-47")]
    [InlineData("")]
    [InlineData("2021-W53")]
    [InlineData("0000-W01")]
    [InlineData("9999-W01")]
    [InlineData("\u0662\u0660\u0662\u0666-W47")]
    public void TryParse_InvalidLabel_ReturnsFalse(string text)
    {
        Assert.False(IsoWeek.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => IsoWeek.Parse(text));
        Assert.Contains("2026-W47", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Previous_FirstWeekOfYear_CrossesIntoLastWeekOfPriorYear()
    {
        Assert.Equal(new IsoWeek(2020, 53), new IsoWeek(2021, 1).Previous);
        Assert.Equal(new IsoWeek(2026, 46), new IsoWeek(2026, 47).Previous);
        Assert.Equal(new IsoWeek(2027, 1), new IsoWeek(2026, 53).Next);
    }

    [Fact]
    public void LastComplete_SundayOneMinuteBeforeMidnightInZone_IsPriorWeek()
    {
        // Given Sunday 2026-11-22 23:59 in New York, which is already Monday 04:59 UTC
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var now = new DateTimeOffset(2026, 11, 23, 4, 59, 0, TimeSpan.Zero);

        // When the last complete week is asked for in that zone
        var week = IsoWeek.LastComplete(now, zone);

        // Then W47 is still running there, so W46 is the last complete one
        Assert.Equal(new IsoWeek(2026, 46), week);
    }

    [Fact]
    public void LastComplete_MondayJustAfterMidnightInZone_IsWeekJustEnded()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var now = new DateTimeOffset(2026, 11, 23, 5, 1, 0, TimeSpan.Zero);

        Assert.Equal(new IsoWeek(2026, 47), IsoWeek.LastComplete(now, zone));
    }

    [Fact]
    public void LastComplete_SameInstant_DependsOnZone()
    {
        // 2026-11-22 23:30 UTC is Sunday in London but already Monday in Tokyo
        var now = new DateTimeOffset(2026, 11, 22, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(new IsoWeek(2026, 46), IsoWeek.LastComplete(now, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")));
        Assert.Equal(new IsoWeek(2026, 47), IsoWeek.LastComplete(now, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo")));
    }

    [Fact]
    public void Contains_BoundaryDays_AreInside()
    {
        var week = new IsoWeek(2026, 47);

        Assert.True(week.Contains(new DateOnly(2026, 11, 16)));
        Assert.True(week.Contains(new DateOnly(2026, 11, 22)));
        Assert.False(week.Contains(new DateOnly(2026, 11, 23)));
        Assert.False(week.Contains(new DateOnly(2026, 11, 15)));
    }
}
