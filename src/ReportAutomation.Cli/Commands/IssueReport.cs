using System.Globalization;
using Microsoft.Extensions.Logging;
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

    /// <summary>Logs one line per file with its number of issues (the issues themselves are in the JSON log).</summary>
    public static void LogCounts(ILogger logger, IReadOnlyList<DataIssue> issues)
    {
        foreach (var file in issues.GroupBy(i => i.File, StringComparer.Ordinal))
        {
            logger.LogWarning("{IssueCount} data issue(s) in {File}", file.Count(), file.Key);
        }
    }

    /// <summary>Prints every issue as a table (file, line, column, value, reason); values are shortened only on a terminal.</summary>
    public static void PrintTable(IAnsiConsole console, IReadOnlyList<DataIssue> issues)
    {
        if (issues.Count == 0)
        {
            console.MarkupLine("[green]No data issues.[/]");
            return;
        }

        var shorten = console.Profile.Capabilities.Interactive;
        var table = new Table().Title($"{issues.Count} data issue(s)").AddColumns("File", "Line", "Column", "Value", "Reason");
        foreach (var i in issues)
        {
            table.AddRow(
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

        console.MarkupLine(issues.Count <= ListLimit
            ? $"[yellow]{issues.Count} data issue(s):[/]"
            : $"[yellow]{issues.Count} data issue(s), the first {ListLimit} (run validate for the full table):[/]");
        foreach (var issue in issues.Take(ListLimit))
        {
            console.MarkupLine("  " + Shown(issue.ToString()));
        }
    }

    private static string Shown(string? text) => Markup.Escape(InertText.Of(text));

    private static string Shorten(string? value) =>
        value is null ? string.Empty : value.Length <= InteractiveValueWidth ? value : value[..(InteractiveValueWidth - 3)] + "...";
}
