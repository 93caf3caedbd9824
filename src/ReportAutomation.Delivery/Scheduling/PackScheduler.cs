using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReportAutomation.Delivery.Options;

namespace ReportAutomation.Delivery.Scheduling;

/// <summary>
/// The worker's clock: one loop per pack that waits (on the injected <see cref="TimeProvider"/>) for the pack's next cron
/// firing in its zone and runs it. A firing missed while the worker was down is caught up once at start-up (the ledger
/// makes a week already delivered a no-op, so a restart never sends twice); runs of one pack never overlap because its
/// loop awaits each run; one failing pack is logged and never stops the others. Each run is given the firing it stands
/// for (the missed one when catching up), so it builds the week that firing was due to send, whenever it actually runs.
/// </summary>
public sealed class PackScheduler(
    IReadOnlyList<PackDeliveryOptions> packs, Func<PackDeliveryOptions, DateTimeOffset, CancellationToken, Task> runPack, TimeProvider clock, ILogger<PackScheduler> logger)
    : BackgroundService
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromDays(1);

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.WhenAll(packs.Select(p => GuardedLoopAsync(p, stoppingToken)));

    // A pack whose loop breaks is reported and stops being scheduled; the other packs and the worker go on.
    private async Task GuardedLoopAsync(PackDeliveryOptions pack, CancellationToken stoppingToken)
    {
        try
        {
            await LoopAsync(pack, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogError(DeliveryEvents.Alert, ex, "The schedule of {Pack} stopped: it will not run again until the worker restarts", pack.Name);
        }
    }

    private async Task LoopAsync(PackDeliveryOptions pack, CancellationToken stoppingToken)
    {
        var schedule = new PackSchedule(pack.Schedule, TimeZoneInfo.FindSystemTimeZoneById(pack.TimeZone));
        if (schedule.LastMissed(clock.GetUtcNow()) is { } missed)
        {
            logger.LogInformation("Catching up {Pack}: its run of {Missed} may have been missed", pack.Name, missed);
            await RunAsync(pack, missed, stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            if (schedule.Next(now) is not { } next)
            {
                return;
            }

            logger.LogInformation("Next run of {Pack} at {Next}", pack.Name, next);
            try
            {
                await WaitUntilAsync(next, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await RunAsync(pack, next, stoppingToken);
        }
    }

    // Waits in steps of at most a day: a timer cannot wait longer than about 49 days (a yearly or monthly schedule), and
    // a clock moved on (suspend, NTP) is looked at again at least daily.
    private async Task WaitUntilAsync(DateTimeOffset due, CancellationToken stoppingToken)
    {
        for (var left = due - clock.GetUtcNow(); left > TimeSpan.Zero; left = due - clock.GetUtcNow())
        {
            await Task.Delay(left < MaxWait ? left : MaxWait, clock, stoppingToken);
        }
    }

    private async Task RunAsync(PackDeliveryOptions pack, DateTimeOffset firing, CancellationToken stoppingToken)
    {
        try
        {
            await runPack(pack, firing, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // One failing pack never stops the worker.
            logger.LogError(DeliveryEvents.Alert, ex, "Scheduled run of {Pack} failed", pack.Name);
        }
    }
}
