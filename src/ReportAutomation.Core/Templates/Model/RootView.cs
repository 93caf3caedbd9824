using ReportAutomation.Core.Charts;
using ReportAutomation.Core.Model;

namespace ReportAutomation.Core.Templates.Model;

/// <summary>The template model's top level, built from a <see cref="WeeklyPack"/> with lazy projections (nothing big is copied).</summary>
internal sealed class RootView : ITemplateView
{
    private readonly WeeklyPack _pack;
    private readonly Lazy<TotalsView> _totals;
    private readonly Lazy<TemplateList<SentimentMatrixRowView>> _matrix;
    private readonly Lazy<TemplateList<SentimentWeekView>> _sentimentWeeks;
    private readonly Lazy<Dictionary<string, Article>> _articlesById;

    public RootView(WeeklyPack pack)
    {
        _pack = pack;
        Pack = new PackView(pack);
        Week = new WeekView(pack.Week);
        PriorWeek = new WeekView(pack.Week.Previous);
        _totals = new(() => new TotalsView(pack));
        _matrix = new(() => TemplateLists.Of(SentimentMatrixBuilder.Rows(pack)));
        _sentimentWeeks = new(() => TemplateLists.Of(SentimentMatrixBuilder.Weeks(pack)));
        _articlesById = new(() => pack.Articles.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));
        Investments = TemplateLists.Project(pack.Investments, i => new InvestmentView(i));
        InvestmentHistory = TemplateLists.Project(pack.InvestmentHistory, i => new InvestmentView(i));
        ByInvestor = TotalViews(pack.TotalsByInvestor);
        ByCategory = TotalViews(pack.TotalsByCategory);
        ByCurrency = TotalViews(pack.TotalsByCurrency);
        Sentiment = TemplateLists.Project(pack.Sentiment, s => new SentimentView(s));
        EntitySentiment = TemplateLists.Project(pack.EntitySentiment, e => new EntitySentimentView(e));
        TopMovers = TemplateLists.Project(pack.TopMovers, e => new EntitySentimentView(e));
        HistoryWeeks = TemplateLists.Of(pack.HistoryWeeks);
        Articles = new TemplateList<ArticleView>(pack.Digest.Count, i => new ArticleView(pack.Digest[i], ArticleFor(i)));
        Issues = TemplateLists.Project(pack.Issues, i => new IssueView(i));
        Sources = TemplateLists.Project(pack.Sources, s => new SourceView(s));
    }

    public PackView Pack { get; }

    public WeekView Week { get; }

    public WeekView PriorWeek { get; }

    public TotalsView Totals => _totals.Value;

    public TemplateList<InvestmentView> Investments { get; }

    public TemplateList<InvestmentView> InvestmentHistory { get; }

    public TemplateList<InvestmentTotalView> ByInvestor { get; }

    public TemplateList<InvestmentTotalView> ByCategory { get; }

    public TemplateList<InvestmentTotalView> ByCurrency { get; }

    public TemplateList<SentimentView> Sentiment { get; }

    public TemplateList<EntitySentimentView> EntitySentiment { get; }

    public TemplateList<EntitySentimentView> TopMovers { get; }

    public TemplateList<string> HistoryWeeks { get; }

    public TemplateList<SentimentMatrixRowView> SentimentMatrix => _matrix.Value;

    public TemplateList<SentimentWeekView> SentimentWeeks => _sentimentWeeks.Value;

    public TemplateList<ArticleView> Articles { get; }

    public TemplateList<IssueView> Issues { get; }

    public TemplateList<SourceView> Sources { get; }

    /// <summary>The clock Liquid's <c>now</c> reads: the pack's build time, so the same pack renders the same bytes.</summary>
    internal Func<DateTimeOffset> Now => () => _pack.GeneratedAt;

    /// <summary>The pack's main currency, used by <c>money</c> when no currency is given or found next to the amount.</summary>
    internal string MainCurrency => Totals.Currency;

    /// <inheritdoc />
    public override string ToString() => _pack.Name;

    private static TemplateList<InvestmentTotalView> TotalViews(IReadOnlyList<InvestmentTotal> totals)
    {
        var mixed = ChartData.AreMixed(totals.Select(t => t.Currency));
        return TemplateLists.Project(totals, t => new InvestmentTotalView(t, mixed));
    }

    // The digest is built from the article list in the same order; fall back to a lookup if that ever changes.
    private Article? ArticleFor(int index)
    {
        var id = _pack.Digest[index].ArticleId;
        if (index < _pack.Articles.Count && _pack.Articles[index].Id == id)
        {
            return _pack.Articles[index];
        }

        return _articlesById.Value.GetValueOrDefault(id);
    }
}
