using System.Reflection;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Weeks;

namespace ReportAutomation.Core.Packs;

/// <summary>Cuts one week's pack out of everything ingestion read, and computes its aggregates.</summary>
public sealed class WeeklyPackBuilder(TimeProvider clock)
{
    /// <summary>Builds the pack for <paramref name="week"/> (default: the last complete week in the configured zone).</summary>
    public WeeklyPack Build(PackInputs inputs, PackOptions options, IsoWeek? week = null)
    {
        inputs = CanonicalNames(inputs);
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
            .OrderBy(s => s.Date)
            .ThenBy(s => s.Entity, StringComparer.Ordinal)
            .ThenBy(s => s.Origin.File, StringComparer.Ordinal)
            .ThenBy(s => s.Origin.Line)
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
            TotalsByCurrency = InvestmentTotals.By(investments, _ => "Total"),
            PriorTotalsByCurrency = InvestmentTotals.By(priorInvestments, _ => "Total"),
            TotalsByInvestor = InvestmentTotals.By(investments, i => i.Investor),
            TotalsByCategory = InvestmentTotals.By(investments, i => i.Category),
            EntitySentiment = entitySentiment,
            TopMovers = entitySentiment
                .Where(e => e.Change is not null)
                .OrderByDescending(e => Math.Abs(e.Change!.Value))
                .ThenBy(e => e.Entity, StringComparer.Ordinal)
                .Take(options.TopMovers)
                .ToList(),
            SentimentHistory = History(inputs.Sentiment, historyWeeks),
            HistoryWeeks = historyWeeks.Select(w => w.Label).ToList(),
            InvestmentsByWeek = InvestmentTotals.ByWeek(inputs.Investments, historyWeeks),
            History = PackHistory.Summarise(inputs, target, historyWeeks),
            OtherArticles = PackHistory.OtherArticles(inputs.Articles, target),
            Digest = articles.Select(ToDigest).ToList(),
            Issues = inputs.Issues
                .Concat(InvestmentTotals.OverCap(inputs.Investments))
                .OrderBy(i => i.File, StringComparer.Ordinal)
                .ThenBy(i => i.Line ?? 0)
                .ThenBy(i => i.Column, StringComparer.Ordinal)
                .ThenBy(i => i.Reason, StringComparer.Ordinal)
                .ThenBy(i => i.Value, StringComparer.Ordinal)
                .ToList(),
            Sources = inputs.Files
                .OrderBy(f => f.Kind, StringComparer.Ordinal)
                .ThenBy(f => f.Path, StringComparer.Ordinal)
                .ThenBy(f => f.Sha256, StringComparer.Ordinal)
                .ThenBy(f => f.Bytes)
                .ToList(),
            Entities = inputs.Entities,
        };
    }

    /// <summary>The product version stamped into packs.</summary>
    public static string ProductVersion { get; } =
        typeof(WeeklyPackBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    /// <summary>One spelling per company, so "NVIDIA", "NVDA" and "Nvidia" are one line in every aggregate: sentiment
    /// entities, investors and targets share one <see cref="NameCanonicaliser"/>; categories are grouped by their own.</summary>
    private static PackInputs CanonicalNames(PackInputs inputs)
    {
        var names = NameCanonicaliser.Create(
            inputs.Entities,
            inputs.Sentiment.Select(s => s.Entity)
                .Concat(inputs.Investments.Select(i => i.Investor))
                .Concat(inputs.Investments.Select(i => i.Target)));
        var categories = NameCanonicaliser.Create([], inputs.Investments.Select(i => i.Category));
        return inputs with
        {
            Sentiment = inputs.Sentiment.Select(s => names[s.Entity] is var e && e == s.Entity ? s : s with { Entity = e }).ToList(),
            Investments = inputs.Investments.Select(i => Canonical(i, names, categories)).ToList(),
        };
    }

    private static InvestmentFigure Canonical(InvestmentFigure row, NameCanonicaliser names, NameCanonicaliser categories)
    {
        var investor = names[row.Investor];
        var target = names[row.Target];
        var category = categories[row.Category];
        return investor == row.Investor && target == row.Target && category == row.Category
            ? row
            : row with { Investor = investor, Target = target, Category = category };
    }

    private static IsoWeek WeeksBefore(IsoWeek week, int count) => IsoWeek.Containing(week.Start.AddDays(-7 * count));

    // A figure row's origin (file and line) is unique, so date, name and origin order rows completely.
    private static List<InvestmentFigure> OrderInvestments(IEnumerable<InvestmentFigure> rows) =>
        rows.OrderBy(i => i.Date)
            .ThenBy(i => i.Investor, StringComparer.Ordinal)
            .ThenBy(i => i.Target, StringComparer.Ordinal)
            .ThenBy(i => i.Origin.File, StringComparer.Ordinal)
            .ThenBy(i => i.Origin.Line)
            .ToList();

    private static List<EntitySentimentSummary> SummariseSentiment(IReadOnlyList<SentimentFigure> rows, IsoWeek week)
    {
        var prior = week.Previous;
        var current = rows.Where(r => week.Contains(r.Date)).GroupBy(r => r.Entity, StringComparer.Ordinal);
        var priorMeans = rows.Where(r => prior.Contains(r.Date))
            .GroupBy(r => r.Entity, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Average(r => r.Score), StringComparer.Ordinal);
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
