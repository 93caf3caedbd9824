using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ReportAutomation.Cli.Hosting;
using ReportAutomation.Cli.Terminal;

namespace ReportAutomation.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output and a fixed clock (Tuesday 2026-11-24, so the default week is 2026-W47).</summary>
internal static class CliRunner
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    public static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) =>
        RunAsync(TerminalSettings.Plain, NullLoggerFactory.Instance, CancellationToken.None, args);

    /// <summary>Runs the CLI with the clock at <paramref name="now"/>.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAtAsync(DateTimeOffset now, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, new FakeTimeProvider(now), NullLoggerFactory.Instance, TerminalSettings.Plain, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        TerminalSettings terminal, ILoggerFactory loggers, CancellationToken cancellationToken, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, new FakeTimeProvider(Now), loggers, terminal, cancellationToken);
        return (code, output.ToString(), error.ToString());
    }
}
