using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;
using Serilog.Extensions.Logging;
using Serilog.Formatting.Compact;

namespace ReportAutomation.Cli.Hosting;

/// <summary>The host's Serilog setup: readable console on stderr, rolling JSON file under <c>logs/</c>.</summary>
internal static class LoggingSetup
{
    /// <summary>A console-only logger for start-up.</summary>
    public static Serilog.ILogger Bootstrap() =>
        new LoggerConfiguration().MinimumLevel.Warning().WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose).CreateLogger();

    /// <summary>Configures the real logger (level from <c>--verbose</c>/<c>--quiet</c>, file folder from <c>REPORTAUTOMATION_LOGS</c>).</summary>
    public static ILoggerFactory CreateFactory(string[] args)
    {
        var consoleLevel = args.Contains("--verbose") ? LogEventLevel.Debug : args.Contains("--quiet") ? LogEventLevel.Error : LogEventLevel.Information;
        var folder = Environment.GetEnvironmentVariable("REPORTAUTOMATION_LOGS") ?? "logs";
        Log.Logger = new LoggerConfiguration()
            .MinimumLevel.Debug()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(
                restrictedToMinimumLevel: consoleLevel,
                outputTemplate: "{Timestamp:HH:mm:ss} {Level:u3} {Message:lj}{NewLine}",
                standardErrorFromLevel: LogEventLevel.Verbose)
            .WriteTo.File(
                new CompactJsonFormatter(),
                Path.Combine(folder, "reportautomation-.json"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14)
            .CreateLogger();
        return new SerilogLoggerFactory(Log.Logger, dispose: false);
    }
}
