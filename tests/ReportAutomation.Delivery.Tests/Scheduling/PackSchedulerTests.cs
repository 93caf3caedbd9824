using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ReportAutomation.Delivery.Options;
using ReportAutomation.Delivery.Scheduling;

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
        using var scheduler = new PackScheduler([pack], async (_, _) =>
        {
            overlapped |= Interlocked.Increment(ref running) > 1;
            lock (fired)
            {
                fired.Add(clock.GetUtcNow());
            }

            await Task.Yield();
            Interlocked.Decrement(ref running);
        }, clock, NullLogger<PackScheduler>.Instance);

        await scheduler.StartAsync(CancellationToken.None);
        await WaitForAsync(fired, 1);
        clock.Advance(TimeSpan.FromHours(1));
        await WaitForAsync(fired, 2);
        clock.Advance(new DateTimeOffset(2026, 3, 30, 6, 0, 0, TimeSpan.Zero) - clock.GetUtcNow());
        await WaitForAsync(fired, 3);
        await scheduler.StopAsync(CancellationToken.None);

        Assert.Equal(
            [new DateTimeOffset(2026, 3, 23, 6, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 23, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 30, 6, 0, 0, TimeSpan.Zero)],
            fired);
        Assert.False(overlapped);
    }

    private static async Task WaitForAsync(List<DateTimeOffset> fired, int count)
    {
        for (var i = 0; i < 500; i++)
        {
            lock (fired)
            {
                if (fired.Count >= count)
                {
                    break;
                }
            }

            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        // Let the loop reach its next wait on the fake clock before the test moves the clock on.
        await Task.Delay(300, TestContext.Current.CancellationToken);
        Assert.True(fired.Count >= count, $"expected {count} run(s), got {fired.Count}");
    }
}
