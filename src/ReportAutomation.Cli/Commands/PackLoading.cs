using Microsoft.Extensions.Logging;
using ReportAutomation.Core.Errors;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Packs;
using ReportAutomation.Core.Pipeline;
using ReportAutomation.Ingestion;
using Spectre.Console;

namespace ReportAutomation.Cli.Commands;

/// <summary>Reads the inputs and cuts the week's pack, showing progress while it works.</summary>
internal static class PackLoading
{
    /// <summary>Loads the inputs named by <paramref name="selection"/> and builds the pack.</summary>
    public static WeeklyPack Load(CommandContext context, InputSelection selection, CancellationToken cancellationToken)
    {
        var loader = new PackInputLoader(context.Loggers);
        PackInputs inputs;
        if (context.Console.Profile.Capabilities.Interactive)
        {
            // A live status line on a terminal; elsewhere (pipes, CI, tests) the log lines tell the story instead.
            inputs = context.Console.Status().Start("Reading inputs", status =>
                loader.Load(selection.Paths, selection.Culture, new InlineProgress<string>(message => status.Status(Markup.Escape(message))), cancellationToken));
        }
        else
        {
            inputs = loader.Load(selection.Paths, selection.Culture, progress: null, cancellationToken);
        }

        var pack = new WeeklyPackBuilder(context.Clock).Build(inputs, selection.Options, selection.Week);
        var logger = context.Loggers.CreateLogger(typeof(PackLoading));
        if (pack.Articles.Count == 0 && pack.Investments.Count == 0 && pack.Sentiment.Count == 0)
        {
            if (LatestWeekWithData(inputs) is { } latest)
            {
                logger.LogWarning("Week {Week} has no articles or figures; the latest week with data is {LatestWeek} (pass --week {LatestWeek})", pack.Week.Label, latest, latest);
            }
            else
            {
                logger.LogWarning("Week {Week} has no articles or figures, and neither has any other week: the inputs are empty", pack.Week.Label);
            }
        }

        return pack;
    }

    /// <summary>Prints the data issues as a table (file, line, column, value, reason).</summary>
    public static void PrintIssues(IAnsiConsole console, IReadOnlyList<DataIssue> issues)
    {
        if (issues.Count == 0)
        {
            console.MarkupLine("[green]No data issues.[/]");
            return;
        }

        var table = new Table().Title($"{issues.Count} data issue(s)").AddColumns("File", "Line", "Column", "Value", "Reason");
        foreach (var i in issues)
        {
            table.AddRow(
                Markup.Escape(i.File),
                i.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                Markup.Escape(i.Column ?? string.Empty),
                Markup.Escape(Shorten(i.Value)),
                Markup.Escape(i.Reason));
        }

        console.Write(table);
    }

    private static string Shorten(string? value) => value is null ? string.Empty : value.Length <= 40 ? value : value[..37] + "...";

    private static string? LatestWeekWithData(PackInputs inputs)
    {
        var dates = inputs.Investments.Select(i => i.Date)
            .Concat(inputs.Sentiment.Select(s => s.Date))
            .Concat(inputs.Articles.Where(a => a.Published is not null).Select(a => a.Published!.Value))
            .ToList();
        return dates.Count == 0 ? null : Core.Weeks.IsoWeek.Containing(dates.Max()).Label;
    }
}
