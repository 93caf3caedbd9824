using System.CommandLine;
using Microsoft.Extensions.Logging;
using ReportAutomation.Cli.Commands;
using Spectre.Console;

namespace ReportAutomation.Cli.Hosting;

/// <summary>The <c>reportautomation</c> command line: parses, dispatches, and maps every outcome to an exit code.</summary>
internal static class CliApp
{
    /// <summary>Runs the CLI in-process (the program and the tests both come through here).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TimeProvider clock, ILoggerFactory loggers)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = ReferenceEquals(output, Console.Out) ? AnsiSupport.Detect : AnsiSupport.No,
            Interactive = ReferenceEquals(output, Console.Out) ? InteractionSupport.Detect : InteractionSupport.No,
        });
        var context = new CommandContext(console, error, clock, loggers);
        var root = new RootCommand("ReportAutomation: builds the weekly investor-relations pack (workbook, memo, deck) from articles and figures.")
        {
            BuildCommand.Create(context),
            ValidateCommand.Create(context),
            CheckTemplatesCommand.Create(context),
        };
        root.Options.Add(CommonOptions.Verbose);
        root.Options.Add(CommonOptions.Quiet);

        var parsed = root.Parse(args);
        var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parsed.InvokeAsync(config);
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("Cancelled.");
            return ExitCodes.Failure;
        }
        catch (Exception ex)
        {
            // Unexpected: the full detail goes to the log file, the user gets one readable line.
            loggers.CreateLogger("ReportAutomation.Cli").LogError(ex, "Unexpected failure running {Arguments}", string.Join(' ', args));
            await error.WriteLineAsync($"error: unexpected failure: {ex.Message} (details in the log file under logs/)");
            return ExitCodes.Failure;
        }
    }
}
