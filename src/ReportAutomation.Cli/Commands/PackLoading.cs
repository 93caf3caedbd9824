using System.Globalization;
using Microsoft.Extensions.Logging;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Packs;
using ReportAutomation.Core.Weeks;
using ReportAutomation.Ingestion;

namespace ReportAutomation.Cli.Commands;

/// <summary>Reads the inputs and cuts the week's pack, showing progress while it works.</summary>
internal static class PackLoading
{
    /// <summary>Loads the inputs named by <paramref name="selection"/> and builds the pack.</summary>
    public static WeeklyPack Load(CommandContext context, InputSelection selection, CancellationToken cancellationToken)
    {
        var logger = context.Loggers.CreateLogger(typeof(PackLoading));
        WarnIfWeekNotOver(context, logger, selection);
        var loader = new PackInputLoader(context.Loggers);
        var inputs = Stages.Run(context, "read inputs", "Reading inputs", progress =>
            loader.Load(selection.Paths, new PackInputOptions(selection.Culture, selection.Options.ResolveTimeZone()), progress, cancellationToken), cancellationToken);
        var pack = Stages.Run(context, "build pack", "Building the pack", _ =>
            new WeeklyPackBuilder(context.Clock).Build(inputs, selection.Options, selection.Week), cancellationToken);
        IssueReport.LogCounts(logger, pack.Issues);
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

    // An explicit --week that has not ended yet gives an empty or partial pack: say so on stderr, whatever the log level.
    private static void WarnIfWeekNotOver(CommandContext context, ILogger logger, InputSelection selection)
    {
        if (selection.Week is not { } week)
        {
            return;
        }

        var lastComplete = IsoWeek.LastComplete(context.Clock.GetUtcNow(), selection.Options.ResolveTimeZone());
        if (week <= lastComplete)
        {
            return;
        }

        var ends = week.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        context.Error.WriteLine(week == lastComplete.Next
            ? $"warning: {week.Label} has not ended yet (it ends on Sunday {ends}, {selection.Options.TimeZone}); the pack holds only what the inputs have so far."
            : $"warning: {week.Label} is in the future (the last complete week is {lastComplete.Label}); the pack will be empty or incomplete.");
        logger.LogDebug("Week {Week} is after the last complete week {LastCompleteWeek}", week.Label, lastComplete.Label);
    }

    private static string? LatestWeekWithData(PackInputs inputs)
    {
        var dates = inputs.Investments.Select(i => i.Date)
            .Concat(inputs.Sentiment.Select(s => s.Date))
            .Concat(inputs.Articles.Where(a => a.Published is not null).Select(a => a.Published!.Value))
            .ToList();
        return dates.Count == 0 ? null : IsoWeek.Containing(dates.Max()).Label;
    }
}
