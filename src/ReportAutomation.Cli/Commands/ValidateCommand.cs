using System.CommandLine;

namespace ReportAutomation.Cli.Commands;

/// <summary><c>validate</c>: reads the inputs, prints the data issues as a table, exits 2 if there are any.</summary>
internal static class ValidateCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CommandContext context)
    {
        var inputs = new InputOptions();
        var command = new Command("validate", "Check the inputs and list every data issue (file, line, column, value, reason); exit 2 if any.");
        inputs.AddTo(command);
        command.SetAction((result, ct) => Task.FromResult(CommandErrors.Guard(context, () =>
        {
            var pack = PackLoading.Load(context, inputs.Read(result), ct);
            IssueReport.PrintTable(context.Console, pack.Issues);
            return pack.Issues.Count > 0 ? ExitCodes.DataIssues : ExitCodes.Ok;
        })));
        return command;
    }
}
