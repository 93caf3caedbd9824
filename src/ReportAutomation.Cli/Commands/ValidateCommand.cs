using System.CommandLine;
using ReportAutomation.Pipeline;

namespace ReportAutomation.Cli.Commands;

/// <summary><c>validate</c>: reads the inputs, prints the data issues as a table, exits 2 if any is an error.</summary>
internal static class ValidateCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CommandContext context)
    {
        var inputs = new InputOptions(context.Clock);
        var command = new Command("validate", "Check the inputs and list every data issue (severity, file, line, column, value, reason); exit 2 if any is an error.");
        inputs.AddTo(command);
        command.SetAction((result, ct) => Task.FromResult(CommandErrors.Guard(context, () =>
        {
            var selection = inputs.Read(result);
            var pipeline = new PackBuildPipeline(context.Loggers, selection.Clock, PackRenderers.All(context.Loggers), new ConsoleBuildObserver(context));
            var pack = pipeline.Load(selection.ToLoadRequest(), ct);
            IssueReport.PrintTable(context.Console, pack.Issues);
            return pack.Issues.Any(i => i.IsError) ? ExitCodes.DataIssues : ExitCodes.Ok;
        })));
        return command;
    }
}
