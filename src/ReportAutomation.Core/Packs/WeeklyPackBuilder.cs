using System.Reflection;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Weeks;

namespace ReportAutomation.Core.Packs;

/// <summary>Cuts one week's pack out of everything ingestion read, and computes its aggregates.</summary>
public sealed class WeeklyPackBuilder(TimeProvider clock)
{
    private static readonly StringComparer Names = StringComparer.OrdinalIgnoreCase;

    /// <summary>Builds the pack for <paramref name="week"/> (default: the last complete week in the configured zone).</summary>
    public WeeklyPack Build(PackInputs inputs, PackOptions options, IsoWeek? week = null)
    {
        inputs = inputs with { Sentiment = CanonicalEntities(inputs.Sentiment, inputs.Entities) };
        var zone = options.ResolveTimeZone();
        var now = clock.GetUtcNow();
        var target = week ?? IsoWeek.LastComplete(now, zone);
        var prior = target.Previous;

        var articles = inputs.Articles
            .Where(a => a.Published is { } d && target.Contains(d))
            .OrderByDescending(a => a.Published)
            .ThenBy(a => a.Title, StringComparer.Ordinal)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        var investments = OrderInvestments(inputs.Investments.Where(i => target.Contains(i.Date)));
        var priorInvestments = inputs.Investments.Where(i => prior.Contains(i.Date)).ToList();
        var sentiment = inputs.Sentiment
            .Where(s => target.Contains(s.Date))
            .OrderBy(s => s.Date).ThenBy(s => s.Entity, StringComparer.Ordinal).ThenBy(s => s.Origin.Line)
            .ToList();
        var entitySentiment = SummariseSentiment(inputs.Sentiment, target);
        var historyWeeks = Enumerable.Range(0, Math.Max(1, options.HistoryWeeks))
            .Select(i => WeeksBefore(target, i)).Reverse().ToList();

        return new WeeklyPack
        {
            Name = options.Name,
            Week = target,
            GeneratedAt = now,
            TimeZone = zone.Id,
            Version = ProductVersion,
            Articles = articles,
            Investments = investments,
            Sentiment = sentiment,
            InvestmentHistory = OrderInvestments(inputs.Investments),
            TotalsByCurrency = Totals(investments, _ => "Total"),
            PriorTotalsByCurrency = Totals(priorInvestments, _ => "Total"),
            TotalsByInvestor = Totals(investments, i => i.Investor),
            TotalsByCategory = Totals(investments, i => i.Category),
            EntitySentiment = entitySentiment,
            TopMovers = entitySentiment
                .Where(e => e.Change is not null)
                .OrderByDescending(e => Math.Abs(e.Change!.Value))
                .ThenBy(e => e.Entity, StringComparer.Ordinal)
                .Take(options.TopMovers)
                .ToList(),
            SentimentHistory = History(inputs.Sentiment, historyWeeks),
            HistoryWeeks = historyWeeks.Select(w => w.Label).ToList(),
            Digest = articles.Select(ToDigest).ToList(),
            Issues = inputs.Issues
                .OrderBy(i => i.File, StringComparer.Ordinal).ThenBy(i => i.Line ?? 0).ThenBy(i => i.Column, StringComparer.Ordinal)
                .ToList(),
            Sources = inputs.Files.OrderBy(f => f.Kind, StringComparer.Ordinal).ThenBy(f => f.Path, StringComparer.Ordinal).ToList(),
            Entities = inputs.Entities,
        };
    }

    /// <summary>The product version stamped into packs.</summary>
    public static string ProductVersion { get; } =
        typeof(WeeklyPackBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    /// <summary>One spelling per entity, so "NVIDIA", "NVDA" and "Nvidia" are one line in every aggregate: the watch-list
    /// name when the row's entity is a name, ticker or alias on it, else the ordinally first spelling seen.</summary>
    private static List<SentimentFigure> CanonicalEntities(IReadOnlyList<SentimentFigure> rows, IReadOnlyList<WatchedEntity> watchList)
    {
        var canonical = new Dictionary<string, string>(Names);
        foreach (var entity in watchList)
        {
            foreach (var name in new[] { entity.Name, entity.Ticker }.Concat(entity.Aliases).OfType<string>().Where(n => n.Length > 0))
            {
                canonical.TryAdd(name, entity.Name);
            }
        }

        foreach (var spelling in rows.Select(r => r.Entity).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            canonical.TryAdd(spelling, spelling);
        }

        return rows.Select(r => canonical[r.Entity] is var name && name == r.Entity ? r : r with { Entity = name }).ToList();
    }

    private static IsoWeek WeeksBefore(IsoWeek week, int count) => IsoWeek.Containing(week.Start.AddDays(-7 * count));

    private static List<InvestmentFigure> OrderInvestments(IEnumerable<InvestmentFigure> rows) =>
        rows.OrderBy(i => i.Date)
            .ThenBy(i => i.Investor, StringComparer.Ordinal)
            .ThenBy(i => i.Target, StringComparer.Ordinal)
            .ThenBy(i => i.Origin.File, StringComparer.Ordinal)
            .ThenBy(i => i.Origin.Line)
            .ToList();

    private static List<InvestmentTotal> Totals(IEnumerable<InvestmentFigure> rows, Func<InvestmentFigure, string> key) =>
        rows.GroupBy(r => (Key: key(r), r.Currency), r => r)
            .Select(g => new InvestmentTotal(g.Key.Key, g.Key.Currency, g.Sum(r => r.Amount), g.Count()))
            .OrderByDescending(t => t.Amount)
            .ThenBy(t => t.Key, StringComparer.Ordinal)
            .ThenBy(t => t.Currency, StringComparer.Ordinal)
            .ToList();

    private static List<EntitySentimentSummary> SummariseSentiment(IReadOnlyList<SentimentFigure> rows, IsoWeek week)
    {
        var prior = week.Previous;
        var current = rows.Where(r => week.Contains(r.Date)).GroupBy(r => r.Entity, Names);
        var priorMeans = rows.Where(r => prior.Contains(r.Date))
            .GroupBy(r => r.Entity, Names)
            .ToDictionary(g => g.Key, g => g.Average(r => r.Score), Names);
        return current
            .Select(g =>
            {
                var mean = Math.Round(g.Average(r => r.Score), 4);
                double? priorMean = priorMeans.TryGetValue(g.Key, out var p) ? Math.Round(p, 4) : null;
                return new EntitySentimentSummary(g.Key, mean, g.Count(), priorMean, priorMean is { } pm ? Math.Round(mean - pm, 4) : null);
            })
            .OrderBy(e => e.Entity, StringComparer.Ordinal)
            .ToList();
    }

    private static List<SentimentWeekPoint> History(IReadOnlyList<SentimentFigure> rows, IReadOnlyList<IsoWeek> weeks)
    {
        var first = weeks[0].Start;
        var last = weeks[^1].End;
        return rows.Where(r => r.Date >= first && r.Date <= last)
            .GroupBy(r => (Entity: r.Entity, Week: IsoWeek.Containing(r.Date)))
            .Select(g => new SentimentWeekPoint(g.Key.Entity, g.Key.Week.Label, g.Key.Week.Start, Math.Round(g.Average(r => r.Score), 4), g.Count()))
            .OrderBy(p => p.Entity, StringComparer.Ordinal)
            .ThenBy(p => p.WeekStart)
            .ToList();
    }

    private static DigestEntry ToDigest(Article a) => new(
        a.Id,
        a.Title,
        a.Site,
        a.Published,
        a.Url,
        a.Summary,
        a.Sentiment.Score,
        a.Sentiment.Label,
        a.Sentiment.IsComputed,
        string.Join("; ", a.Money.Select(m => m.Text).Distinct(StringComparer.Ordinal).Take(5)),
        a.Entities.OrderByDescending(e => e.Count).ThenBy(e => e.Entity, StringComparer.Ordinal).Select(e => e.Entity).ToList());
}
