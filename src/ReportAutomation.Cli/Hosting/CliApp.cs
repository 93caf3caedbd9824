using System.CommandLine;
using Microsoft.Extensions.Logging;
using ReportAutomation.Cli.Commands;
using ReportAutomation.Cli.Terminal;
using Spectre.Console;

namespace ReportAutomation.Cli.Hosting;

/// <summary>The <c>reportautomation</c> command line: parses, dispatches, and maps every outcome to an exit code.</summary>
internal static class CliApp
{
    /// <summary>Console width assumed when output goes to a file or a pipe: wide enough that no table wraps a value.</summary>
    public const int PlainWidth = 4096;

    /// <summary>Runs the CLI in-process (the program and the tests both come through here); <paramref name="cancellationToken"/>
    /// is the Ctrl-C/SIGTERM token (see <see cref="TerminationSignals"/>).</summary>
    public static async Task<int> RunAsync(
        string[] args, TextWriter output, TextWriter error, TimeProvider clock, ILoggerFactory loggers, TerminalSettings terminal, CancellationToken cancellationToken = default)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal.Interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal.Colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal.Interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!terminal.Interactive)
        {
            console.Profile.Width = PlainWidth;
        }

        error = new InertLineWriter(error);
        var context = new CommandContext(console, error, clock, loggers);
        var root = new RootCommand("ReportAutomation: builds the weekly investor-relations pack (workbook, memo, deck) from articles and figures.")
        {
            BuildCommand.Create(context),
            ValidateCommand.Create(context),
            CheckTemplatesCommand.Create(context),
            SendCommand.Create(context),
            DeliveriesCommand.Create(context),
            RunCommand.Create(context),
        };
        root.Options.Add(CommonOptions.Verbose);
        root.Options.Add(CommonOptions.Quiet);

        var parsed = root.Parse(args);

        // Signals are handled by TerminationSignals for the whole run (System.CommandLine's own handler only covers truly
        // asynchronous actions and would end the process after its timeout, temp files and all).
        var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
        try
        {
            return await parsed.InvokeAsync(config, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            loggers.CreateLogger("ReportAutomation.Cli").LogWarning(LogEvents.ShownToUser, "Cancelled by the user while running {Arguments}", string.Join(' ', args));
            await error.WriteLineAsync("Cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex)
        {
            // Unexpected: the full detail goes to the log file, the user gets one readable line.
            loggers.CreateLogger("ReportAutomation.Cli").LogError(LogEvents.ShownToUser, ex, "Unexpected failure running {Arguments}", string.Join(' ', args));
            await error.WriteLineAsync($"error: unexpected failure: {InertText.Of(ex.Message)} (details in the log file under {LoggingSetup.Folder}/)");
            return ExitCodes.Failure;
        }
    }
}
