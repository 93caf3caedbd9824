using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReportAutomation.Delivery.Options;

namespace ReportAutomation.Delivery.Scheduling;

/// <summary>
/// The worker's clock: one loop per pack that waits (on the injected <see cref="TimeProvider"/>) for the pack's next cron
/// firing in its zone and runs it. A firing missed while the worker was down is caught up once at start-up (the ledger
/// makes a week already delivered a no-op, so a restart never sends twice); runs of one pack never overlap because its
/// loop awaits each run; one failing pack is logged and never stops the others.
/// </summary>
public sealed class PackScheduler(
    IReadOnlyList<PackDeliveryOptions> packs, Func<PackDeliveryOptions, CancellationToken, Task> runPack, TimeProvider clock, ILogger<PackScheduler> logger)
    : BackgroundService
{
    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.WhenAll(packs.Select(p => LoopAsync(p, stoppingToken)));

    private async Task LoopAsync(PackDeliveryOptions pack, CancellationToken stoppingToken)
    {
        var schedule = new PackSchedule(pack.Schedule, TimeZoneInfo.FindSystemTimeZoneById(pack.TimeZone));
        if (schedule.LastMissed(clock.GetUtcNow()) is { } missed)
        {
            logger.LogInformation("Catching up {Pack}: its run of {Missed} may have been missed", pack.Name, missed);
            await RunAsync(pack, stoppingToken);
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
                await Task.Delay(next - now, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await RunAsync(pack, stoppingToken);
        }
    }

    private async Task RunAsync(PackDeliveryOptions pack, CancellationToken stoppingToken)
    {
        try
        {
            await runPack(pack, stoppingToken);
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
