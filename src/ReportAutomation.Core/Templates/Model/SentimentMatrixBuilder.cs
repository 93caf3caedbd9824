using ReportAutomation.Core.Model;
using ReportAutomation.Core.Weeks;

namespace ReportAutomation.Core.Templates.Model;

/// <summary>Derives the entity × week sentiment matrix and the per-week averages from the pack's sentiment history.</summary>
internal static class SentimentMatrixBuilder
{
    /// <summary>One row per entity with any score in the history window, by entity name.</summary>
    public static List<SentimentMatrixRowView> Rows(WeeklyPack pack)
    {
        var weekIndex = pack.HistoryWeeks
            .Select((label, i) => (label, i))
            .ToDictionary(x => x.label, x => x.i, StringComparer.Ordinal);
        var latestLabel = pack.Week.Label;
        var priorLabel = pack.Week.Previous.Label;
        var priorFromSummary = pack.EntitySentiment
            .Where(e => e.PriorMean is not null)
            .ToDictionary(e => e.Entity, e => e.PriorMean, StringComparer.OrdinalIgnoreCase);

        return pack.SentimentHistory
            .GroupBy(p => p.Entity, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var weeks = new double?[pack.HistoryWeeks.Count];
                double? latest = null;
                double? prior = null;
                foreach (var point in g)
                {
                    if (weekIndex.TryGetValue(point.Week, out var i))
                    {
                        weeks[i] = point.Mean;
                    }

                    if (point.Week == latestLabel)
                    {
                        latest = point.Mean;
                    }
                    else if (point.Week == priorLabel)
                    {
                        prior = point.Mean;
                    }
                }

                prior ??= priorFromSummary.GetValueOrDefault(g.Key);
                return new SentimentMatrixRowView(g.Key, weeks, latest, prior);
            })
            .ToList();
    }

    /// <summary>One entry per history week, oldest first: the mean of every score that week (weighted by count), nil when none.</summary>
    public static List<SentimentWeekView> Weeks(WeeklyPack pack)
    {
        var byWeek = pack.SentimentHistory.ToLookup(p => p.Week, StringComparer.Ordinal);
        return pack.HistoryWeeks
            .Select(label =>
            {
                var points = byWeek[label].ToList();
                var count = points.Sum(p => p.Count);
                double? mean = count == 0 ? null : Math.Round(points.Sum(p => p.Mean * p.Count) / count, 4);
                var start = IsoWeek.TryParse(label, out var week) ? week.Start : points.Select(p => p.WeekStart).FirstOrDefault();
                return new SentimentWeekView(label, start, mean, count);
            })
            .ToList();
    }
}
