using ReportAutomation.Core.Model;
using ReportAutomation.Core.Weeks;

namespace ReportAutomation.Core.Packs;

/// <summary>The bounded account a pack gives of the inputs outside its week: counts and date ranges, and brief article references.</summary>
internal static class PackHistory
{
    /// <summary>Counts and date ranges per kind of input, around <paramref name="week"/> and its history window.</summary>
    public static HistorySummary Summarise(PackInputs inputs, IsoWeek week, IReadOnlyList<IsoWeek> window)
    {
        var windowStart = window[0].Start;
        return new HistorySummary(
            windowStart,
            week.End,
            Extent(inputs.Investments.Select(i => (DateOnly?)i.Date), week, windowStart),
            Extent(inputs.Sentiment.Select(s => (DateOnly?)s.Date), week, windowStart),
            Extent(inputs.Articles.Select(a => a.Published), week, windowStart));
    }

    /// <summary>Every article not in <paramref name="week"/> (undated ones too), newest first, undated last, then by title and id.</summary>
    public static List<ArticleReference> OtherArticles(IEnumerable<Article> articles, IsoWeek week) =>
        articles
            .Where(a => a.Published is not { } d || !week.Contains(d))
            .OrderBy(a => a.Published is null)
            .ThenByDescending(a => a.Published)
            .ThenBy(a => a.Title, StringComparer.Ordinal)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => new ArticleReference(
                a.Id, a.Title, a.Site, a.Published, a.Published is { } d ? IsoWeek.Containing(d).Label : null, a.SourceFile, a.Url))
            .ToList();

    private static HistoryExtent Extent(IEnumerable<DateOnly?> dates, IsoWeek week, DateOnly windowStart)
    {
        int total = 0, thisWeek = 0, inWindow = 0, before = 0, after = 0, undated = 0;
        DateOnly? earliest = null;
        DateOnly? latest = null;
        foreach (var date in dates)
        {
            total++;
            if (date is not { } d)
            {
                undated++;
                continue;
            }

            earliest = earliest is { } e && e <= d ? e : d;
            latest = latest is { } l && l >= d ? l : d;
            if (d < windowStart)
            {
                before++;
            }
            else if (d > week.End)
            {
                after++;
            }
            else
            {
                inWindow++;
                thisWeek += d >= week.Start ? 1 : 0;
            }
        }

        return new HistoryExtent(total, thisWeek, inWindow, before, after, undated, earliest, latest);
    }
}
