using System.Globalization;
using ReportAutomation.Cli.Terminal;
using ReportAutomation.Core.Errors;
using Spectre.Console;

namespace ReportAutomation.Cli.Commands;

/// <summary>Shows data issues to the user: a count per file in the log, then a table (validate) or a short list (build).
/// Every value from an input is made inert before it reaches the terminal.</summary>
internal static class IssueReport
{
    /// <summary>How many issues <see cref="PrintList"/> shows before pointing at <c>validate</c>.</summary>
    public const int ListLimit = 10;

    private const int InteractiveValueWidth = 40;

    /// <summary>Prints every issue as a table (severity, file, line, column, value, reason); values are shortened only on a terminal.</summary>
    public static void PrintTable(IAnsiConsole console, IReadOnlyList<DataIssue> issues)
    {
        if (issues.Count == 0)
        {
            console.MarkupLine("[green]No data issues.[/]");
            return;
        }

        var shorten = console.Profile.Capabilities.Interactive;
        var table = new Table().Title($"{issues.Count} data issue(s)").AddColumns("Severity", "File", "Line", "Column", "Value", "Reason");
        foreach (var i in issues)
        {
            table.AddRow(
                SeverityWord(i),
                Shown(i.File),
                i.Line?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                Shown(i.Column),
                Shown(shorten ? Shorten(i.Value) : i.Value),
                Shown(i.Reason));
        }

        console.Write(table);
    }

    /// <summary>Prints the first <see cref="ListLimit"/> issues one per line (<c>file:line [column]: reason (value 'x')</c>).</summary>
    public static void PrintList(IAnsiConsole console, IReadOnlyList<DataIssue> issues)
    {
        if (issues.Count == 0)
        {
            console.MarkupLine("[green]No data issues.[/]");
            return;
        }

        var counts = Counts(issues);
        console.MarkupLine(issues.Count <= ListLimit
            ? $"[yellow]{counts}:[/]"
            : $"[yellow]{counts}, the first {ListLimit} (run validate for the full table):[/]");
        // Errors first: they are what left something out of the pack.
        foreach (var issue in issues.OrderBy(i => i.IsError ? 0 : 1).Take(ListLimit))
        {
            console.MarkupLine($"  {SeverityWord(issue)} " + Shown(issue.ToString()));
        }
    }

    /// <summary>"2 data issue(s): 1 error, 1 warning".</summary>
    public static string Counts(IReadOnlyList<DataIssue> issues)
    {
        var errors = issues.Count(i => i.IsError);
        var warnings = issues.Count - errors;
        return string.Create(CultureInfo.InvariantCulture, $"{issues.Count} data issue(s): {errors} error(s), {warnings} warning(s)");
    }

    private static string SeverityWord(DataIssue issue) => issue.IsError ? "[red]error[/]" : "[yellow]warning[/]";

    private static string Shown(string? text) => Markup.Escape(InertText.Of(text));

    private static string Shorten(string? value) =>
        value is null ? string.Empty : value.Length <= InteractiveValueWidth ? value : value[..(InteractiveValueWidth - 3)] + "...";
}
