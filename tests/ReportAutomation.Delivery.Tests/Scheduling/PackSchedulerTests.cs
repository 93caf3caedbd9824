using Microsoft.Extensions.Time.Testing;
using ReportAutomation.Delivery.Options;
using ReportAutomation.Delivery.Scheduling;
using ReportAutomation.TestKit;

namespace ReportAutomation.Delivery.Tests.Scheduling;

public sealed class PackSchedulerTests
{
    [Theory]
    [InlineData("Europe/London", "2026-03-23T07:01:00Z", "2026-03-30T06:00:00Z")]
    [InlineData("Europe/London", "2026-10-19T06:01:00Z", "2026-10-26T07:00:00Z")]
    [InlineData("America/New_York", "2026-03-02T12:01:00Z", "2026-03-09T11:00:00Z")]
    [InlineData("America/New_York", "2026-10-26T11:01:00Z", "2026-11-02T12:00:00Z")]
    public void Next_MondaySevenAcrossDst_SevenLocal(string zone, string after, string expected)
    {
        var schedule = new PackSchedule("0 7 * * MON", TimeZoneInfo.FindSystemTimeZoneById(zone));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), schedule.Next(DateTimeOffset.Parse(after, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Next_LocalTimeSkippedByDst_FiresOnceAtTheJump()
    {
        var schedule = new PackSchedule("30 1 * * SUN", TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), schedule.Next(new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task Run_MissedWhileDown_CaughtUpOnce_ThenOnScheduleAcrossDst_NeverOverlapping()
    {
        // Started on Monday 23 March 2026 06:00Z: the run of 16 March was missed.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 23, 6, 0, 0, TimeSpan.Zero));
        var fired = new List<DateTimeOffset>();
        var running = 0;
        var overlapped = false;
        var pack = new PackDeliveryOptions { Name = "weekly-ir", Schedule = "0 7 * * MON", TimeZone = "Europe/London" };
        var log = new ListLogger<PackScheduler>();
        var firings = new List<DateTimeOffset>();
        using var scheduler = new PackScheduler([pack], async (_, firing, _) =>
        {
            overlapped |= Interlocked.Increment(ref running) > 1;
            lock (fired)
            {
                firings.Add(firing);
                fired.Add(clock.GetUtcNow());
            }

            await Task.Yield();
            Interlocked.Decrement(ref running);
        }, clock, log);

        await scheduler.StartAsync(CancellationToken.None);
        await WaitForAsync(fired, log, 1);
        clock.Advance(TimeSpan.FromHours(1));
        await WaitForAsync(fired, log, 2);
        clock.Advance(new DateTimeOffset(2026, 3, 30, 6, 0, 0, TimeSpan.Zero) - clock.GetUtcNow());
        await WaitForAsync(fired, log, 3);
        await scheduler.StopAsync(CancellationToken.None);

        Assert.Equal(
            [new DateTimeOffset(2026, 3, 23, 6, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 23, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 30, 6, 0, 0, TimeSpan.Zero)],
            fired);
        Assert.Equal(
            [new DateTimeOffset(2026, 3, 16, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 23, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 30, 6, 0, 0, TimeSpan.Zero)],
            firings);
        Assert.False(overlapped);
    }

    [Fact]
    public async Task Run_YearlyScheduleMonthsAway_WaitsPastTheTimerLimit_AndFiresOnTheDay()
    {
        // Given a yearly pack (1 January 07:00 London) and a worker started in March: ten months, past a timer's ~49-day limit
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));
        var fired = new List<DateTimeOffset>();
        var log = new ListLogger<PackScheduler>();
        var pack = new PackDeliveryOptions { Name = "yearly", Schedule = "0 7 1 1 *", TimeZone = "Europe/London" };
        using var scheduler = new PackScheduler([pack], (_, firing, _) =>
        {
            lock (fired)
            {
                fired.Add(firing);
            }

            return Task.CompletedTask;
        }, clock, log);
        await scheduler.StartAsync(CancellationToken.None);
        await WaitForAsync(fired, log, 0, waits: 1);

        // When the clock reaches New Year's Day in one jump, and then once more a day at a time past it
        clock.Advance(new DateTimeOffset(2027, 1, 1, 7, 0, 0, TimeSpan.Zero) - clock.GetUtcNow());
        await WaitForAsync(fired, log, 1, waits: 2);
        await scheduler.StopAsync(CancellationToken.None);

        // Then it ran once, for that firing, and nothing was logged as failed
        Assert.Equal([new DateTimeOffset(2027, 1, 1, 7, 0, 0, TimeSpan.Zero)], fired);
        Assert.DoesNotContain(log.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }

    /// <summary>
    /// Waits until <paramref name="count"/> runs happened and the loop announced its next wait after the last of them
    /// ("Next run of …" is logged right before it waits on the fake clock), so moving the clock on cannot race the loop.
    /// </summary>
    private static async Task WaitForAsync(List<DateTimeOffset> fired, ListLogger<PackScheduler> log, int count, int? waits = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (Waits(log) < (waits ?? count) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }

        // The log line comes a few instructions before the timer is created on the fake clock.
        await Task.Delay(50, TestContext.Current.CancellationToken);
        lock (fired)
        {
            Assert.True(fired.Count >= count, $"expected {count} run(s), got {fired.Count}");
        }

        Assert.True(Waits(log) >= (waits ?? count), "the scheduler never announced its next wait");
    }

    private static int Waits(ListLogger<PackScheduler> log) => log.Entries.Count(e => e.Message.StartsWith("Next run of", StringComparison.Ordinal));
}
