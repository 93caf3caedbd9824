using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReportAutomation.Core.Weeks;
using ReportAutomation.Delivery.Options;
using ReportAutomation.Delivery.Runs;
using ReportAutomation.Delivery.Scheduling;
using ReportAutomation.Pipeline;

namespace ReportAutomation.Cli.Commands;

/// <summary><c>run</c>: hosts the long-running worker (Microsoft.Extensions.Hosting) that sends each pack on its schedule until SIGTERM.</summary>
internal static class RunCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CommandContext context)
    {
        var config = new DeliveryConfigOption();
        var command = new Command("run", "Run the worker: build and email each pack on its cron schedule (in the pack's time zone) until stopped.");
        command.Options.Add(config.Option);
        command.SetAction(async (result, ct) =>
        {
            IHost? host = null;
            var code = CommandErrors.Guard(context, () =>
            {
                var loaded = config.Load(result);
                var service = new PackDeliveryService(loaded, context.Loggers, context.Clock, SilentBuildObserver.Instance);
                var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
                builder.Services.AddSingleton(context.Loggers);
                builder.Services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
                builder.Services.AddHostedService(_ => new PackScheduler(
                    loaded.Options.Packs,
                    (pack, firing, token) => service.SendAsync(pack, new SendRequest(WeekDueAt(pack, firing)), token),
                    context.Clock,
                    context.Loggers.CreateLogger<PackScheduler>()));
                host = builder.Build();
                context.Error.WriteLine($"Worker running {loaded.Options.Packs.Count} pack(s); stop with Ctrl-C or SIGTERM.");
                return ExitCodes.Ok;
            });
            if (host is null)
            {
                return code;
            }

            // Ctrl-C or SIGTERM cancels ct: the host stops the scheduler, a run in progress is cancelled and cleaned up.
            using (host)
            {
                await host.RunAsync(ct);
            }

            context.Loggers.CreateLogger(typeof(RunCommand)).LogInformation("Worker stopped");
            return ExitCodes.Ok;
        });
        return command;
    }

    // The week a firing is due to send: the last complete week at the firing's time in the pack's zone (a run caught up on
    // Monday 30 November for the missed firing of the 23rd sends W47, not W48).
    private static WeekChoice WeekDueAt(PackDeliveryOptions pack, DateTimeOffset firing) =>
        WeekChoice.Of(IsoWeek.LastComplete(firing, TimeZoneInfo.FindSystemTimeZoneById(pack.TimeZone)));
}
