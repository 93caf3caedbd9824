using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
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
        command.SetAction((result, ct) => Task.FromResult(CommandErrors.Guard(context, () =>
        {
            var loaded = config.Load(result);
            var service = new PackDeliveryService(loaded, context.Loggers, context.Clock, SilentBuildObserver.Instance);
            var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Services.AddSingleton(context.Loggers);
            builder.Services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
            builder.Services.AddHostedService(_ => new PackScheduler(
                loaded.Options.Packs,
                (pack, token) => service.SendAsync(pack, new SendRequest(WeekChoice.LastComplete), token),
                context.Clock,
                context.Loggers.CreateLogger<PackScheduler>()));
            using var host = builder.Build();
            context.Error.WriteLine($"Worker running {loaded.Options.Packs.Count} pack(s); stop with Ctrl-C or SIGTERM.");
            host.RunAsync(ct).GetAwaiter().GetResult();
            return ExitCodes.Ok;
        })));
        return command;
    }
}
