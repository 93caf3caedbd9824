using Microsoft.Extensions.Time.Testing;
using ReportAutomation.Core.Weeks;

namespace ReportAutomation.Core.Tests.Weeks;

public sealed class PinnedClockTests
{
    [Theory]
    [InlineData("1796464800", 2026, 12, 5, 10)]
    [InlineData(" 0 ", 1970, 1, 1, 0)]
    public void TryParseEpoch_Seconds_IsThatUtcInstant(string text, int year, int month, int day, int hour)
    {
        Assert.True(PinnedClock.TryParseEpoch(text, out var instant));
        Assert.Equal(new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.Zero), instant);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-5")]
    [InlineData("1.5")]
    [InlineData("2026-12-05")]
    [InlineData("999999999999999999")]
    public void TryParseEpoch_NotWholeSeconds_IsRefused(string text) => Assert.False(PinnedClock.TryParseEpoch(text, out _));

    [Theory]
    [InlineData("2026-11-30T07:00:00Z", 7)]
    [InlineData("2026-11-30T08:00:00+01:00", 7)]
    [InlineData("2026-11-30T02:00:00-05:00", 7)]
    public void TryParseInstant_WithOffset_IsThatInstant(string text, int utcHour)
    {
        Assert.True(PinnedClock.TryParseInstant(text, out var instant));
        Assert.Equal(new DateTimeOffset(2026, 11, 30, utcHour, 0, 0, TimeSpan.Zero), instant);
    }

    [Theory]
    [InlineData("2026-11-30T07:00:00")]
    [InlineData("2026-11-30")]
    [InlineData("now")]
    public void TryParseInstant_WithoutOffset_IsRefused(string text) => Assert.False(PinnedClock.TryParseInstant(text, out _));

    [Fact]
    public void PinnedClock_NowIsFixed_ElapsedTimeStillRuns()
    {
        var inner = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var pinned = new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero);
        var clock = new PinnedClock(pinned, inner);

        var started = clock.GetTimestamp();
        inner.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal(pinned, clock.GetUtcNow());
        Assert.Equal(TimeSpan.FromSeconds(3), clock.GetElapsedTime(started));
    }
}
