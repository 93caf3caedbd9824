using Microsoft.Extensions.Logging;
using ReportAutomation.Cli.Terminal;
using Serilog;
using Serilog.Configuration;
using Serilog.Events;
using Serilog.Extensions.Logging;
using Serilog.Formatting.Compact;
using Serilog.Sinks.SystemConsole.Themes;

namespace ReportAutomation.Cli.Hosting;

/// <summary>The host's Serilog setup: readable console on stderr, rolling JSON file under <c>logs/</c>.</summary>
internal static class LoggingSetup
{
    /// <summary>The console line: time, level, message (property values inert, see <see cref="InertPropertiesEnricher"/>).</summary>
    public const string ConsoleTemplate = "{Timestamp:HH:mm:ss} {Level:u3} {Message:lj}{NewLine}";

    /// <summary>A console-only logger for start-up.</summary>
    public static Serilog.ILogger Bootstrap() =>
        new LoggerConfiguration().MinimumLevel.Warning()
            .WriteTo.Logger(console => ConsoleLine(console).Console(outputTemplate: ConsoleTemplate, standardErrorFromLevel: LogEventLevel.Verbose))
            .CreateLogger();

    /// <summary>The folder the JSON log files go to: <c>REPORTAUTOMATION_LOGS</c>, else <c>logs</c>.</summary>
    public static string Folder => Environment.GetEnvironmentVariable("REPORTAUTOMATION_LOGS") is { Length: > 0 } folder ? folder : "logs";

    /// <summary>Configures the real logger (level from <c>--verbose</c>/<c>--quiet</c>, file folder <see cref="Folder"/>).</summary>
    public static ILoggerFactory CreateFactory(string[] args)
    {
        var folder = Folder;
        var noColour = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        Log.Logger = CreateLogger(args, folder, console: null, noColour);
        return new SerilogLoggerFactory(Log.Logger, dispose: false);
    }

    /// <summary>Builds the logger: every event to the JSON file; to the console (stderr, or <paramref name="console"/> when
    /// given) the events at the chosen level, without the per-issue lines the commands summarise, with inert values.</summary>
    public static Serilog.Core.Logger CreateLogger(string[] args, string folder, TextWriter? console, bool noColour)
    {
        var consoleLevel = args.Contains("--verbose") ? LogEventLevel.Debug : args.Contains("--quiet") ? LogEventLevel.Error : LogEventLevel.Information;
        return new LoggerConfiguration()
            .MinimumLevel.Debug()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Logger(
                sub =>
                {
                    var line = ConsoleLine(sub);
                    _ = console is null
                        ? line.Console(outputTemplate: ConsoleTemplate, standardErrorFromLevel: LogEventLevel.Verbose, theme: noColour ? ConsoleTheme.None : null)
                        : line.Sink(new TextWriterSink(console, ConsoleTemplate));
                },
                restrictedToMinimumLevel: consoleLevel)
            .WriteTo.File(
                new CompactJsonFormatter(),
                Path.Combine(folder, "reportautomation-.json"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14)
            .CreateLogger();
    }

    // The sub-logger works on its own copy of each event, so making values inert here leaves the JSON file exact.
    private static LoggerSinkConfiguration ConsoleLine(LoggerConfiguration console) =>
        console.Filter.ByExcluding(ConsoleFilters.IsFileOnly).Enrich.With<InertPropertiesEnricher>().WriteTo;
}
