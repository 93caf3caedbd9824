using ReportAutomation.Core.Model;
using ReportAutomation.Core.Templates;
using ReportAutomation.TestKit;

namespace ReportAutomation.Core.Tests.Templates;

public sealed class TemplateModelTests
{
    private readonly TemplateEngine _engine = new();
    private readonly WeeklyPack _pack;
    private readonly TemplateScope _scope;

    public TemplateModelTests()
    {
        var prior = Some.Week.Previous;
        _pack = Some.Pack(
            investments:
            [
                Some.Investment(3_000_000_000m, investor: "Acme Capital", category: "Venture", line: 2),
                Some.Investment(1_000_000_000m, investor: "Bravo Partners", category: "Growth", line: 3),
                Some.Investment(500_000_000m, investor: "Acme Capital", currency: "EUR", category: "Venture", line: 4),
                Some.Investment(2_000_000_000m, investor: "Acme Capital", date: prior.Start.AddDays(1), line: 5),
            ],
            sentiment:
            [
                Some.Sentiment("Contoso", 0.5, line: 2),
                Some.Sentiment("Contoso", 0.3, line: 3),
                Some.Sentiment("Fabrikam", -0.4, line: 4),
                Some.Sentiment("Contoso", 0.1, date: prior.Start.AddDays(2), line: 5),
                Some.Sentiment("Fabrikam", -0.2, date: prior.Start.AddDays(2), line: 6, label: "gloomy"),
            ],
            articles:
            [
                Some.Article("b.html", "Fabrikam slips", published: Some.Day(2), sentiment: -0.4, wordCount: 300, entities: ["Fabrikam"]),
                Some.Article("a.html", "Contoso raises", published: Some.Day(4), money: [new MoneyFact(14_300_000_000m, "USD", "$14.3 billion", "s", "a.html")], entities: ["Contoso", "Fabrikam"]),
            ],
            issues: [Some.Issue()],
            sources: [Some.Source(), Some.Source("articles/a.html", "article", 999)],
            historyWeeks: 3);
        _scope = _engine.CreateScope(_pack);
    }

    [Theory]
    [InlineData("{{ pack.name }}|{{ pack.version }}|{{ pack.time_zone }}", "weekly-ir|0.1.0|UTC")]
    [InlineData("{{ week.label }}|{{ week.year }}|{{ week.number }}|{{ week.start }}|{{ week.end }}", "2026-W47|2026|47|2026-11-16|2026-11-22")]
    [InlineData("{{ prior_week.label }}|{{ prior_week.start }}", "2026-W46|2026-11-09")]
    [InlineData("{{ totals.currency }}|{{ totals.investments }}|{{ totals.prior_investments }}|{{ totals.investments_change }}", "USD|4000000000|2000000000|1")]
    [InlineData("{{ totals.deals }}|{{ totals.articles }}|{{ totals.issues }}|{{ totals.entities }}", "3|2|1|2")]
    [InlineData("{{ history_weeks | join: \",\" }}", "2026-W45,2026-W46,2026-W47")]
    [InlineData("{{ issues.first.location }}|{{ issues.first.reason }}|{{ issues.first.value }}", "figures/investments.csv:7 [amount]|amount is not a number|12,x")]
    [InlineData("{{ sources.size }}|{{ sources.first.kind }}|{{ sources.first.path }}|{{ sources.first.bytes }}", "2|article|articles/a.html|999")]
    public void Render_TopLevelNames_ComeFromThePack(string text, string expected)
    {
        Assert.Equal(expected, _engine.Parse(text, TemplateTestSupport.Cell).Template!.Render(_scope));
    }

    [Fact]
    public void Model_Investments_AreThisWeeksRowsInOrder()
    {
        var investors = Render("{% for x in investments %}{{ x.investor }}/{{ x.amount }}/{{ x.currency }}/{{ x.origin }};{% endfor %}");

        Assert.Equal(
            "Acme Capital/3000000000/USD/figures/investments.csv:2;Acme Capital/500000000/EUR/figures/investments.csv:4;Bravo Partners/1000000000/USD/figures/investments.csv:3;",
            investors);
        Assert.Equal("4", Render("{{ investment_history.size }}"));
    }

    [Fact]
    public void Model_ByInvestorAndCategory_ComeFromPackTotals()
    {
        Assert.Equal("Acme Capital USD 3000000000 1", Render("{% assign t = by_investor.first %}{{ t.key }} {{ t.currency }} {{ t.amount }} {{ t.count }}"));
        Assert.Equal("Venture,Growth,Venture", Render("{{ by_category | map: \"key\" | join: \",\" }}"));

        Assert.Equal("USD 4000000000 2;EUR 500000000 1;", Render("{% for c in by_currency %}{{ c.currency }} {{ c.amount }} {{ c.count }};{% endfor %}"));

        // The fixture's week mixes dollars and euros, so each label names its currency
        Assert.Equal("Acme Capital (USD);Bravo Partners (USD);Acme Capital (EUR);", Render("{% for t in by_investor %}{{ t.label }};{% endfor %}"));
    }

    [Fact]
    public void Model_SentimentRows_FillMissingLabelFromScore()
    {
        Assert.Equal("Contoso 0.5 positive;Contoso 0.3 moderately positive;Fabrikam -0.4 moderately negative;",
            Render("{% for s in sentiment %}{{ s.entity }} {{ s.score }} {{ s.label }};{% endfor %}"));
    }

    [Fact]
    public void Model_EntitySentimentAndTopMovers_ComeFromThePack()
    {
        Assert.Equal("Contoso 0.4 2 0.1 0.3|Fabrikam -0.4 1 -0.2 -0.2",
            Render("{% for e in entity_sentiment %}{{ e.entity }} {{ e.mean }} {{ e.count }} {{ e.prior_mean }} {{ e.change }}{% unless forloop.last %}|{% endunless %}{% endfor %}"));
        Assert.Equal("Contoso", Render("{{ top_movers.first.entity }}"));
    }

    [Fact]
    public void Model_SentimentMatrix_HasOneRowPerEntityAndNilForEmptyWeeks()
    {
        // Given three history weeks (W45 empty, W46 prior, W47 this week)
        var contoso = (System.Collections.IEnumerable)_engine.Resolve(_scope, ["sentiment_matrix", "first", "weeks"])!;

        // Then weeks align with history_weeks, nil where there is no score, and latest/prior/change are set
        Assert.Equal([null, 0.1, 0.4], contoso.Cast<double?>());
        Assert.Equal("Contoso 0.4 0.1 0.3|Fabrikam -0.4 -0.2 -0.2",
            Render("{% for m in sentiment_matrix %}{{ m.entity }} {{ m.latest }} {{ m.prior }} {{ m.change }}{% unless forloop.last %}|{% endunless %}{% endfor %}"));
    }

    [Fact]
    public void Model_SentimentWeeks_AverageEveryScoreOfTheWeek()
    {
        Assert.Equal("2026-W45 2026-11-02 [] 0|2026-W46 2026-11-09 [-0.05] 2|2026-W47 2026-11-16 [0.1333] 3",
            Render("{% for w in sentiment_weeks %}{{ w.week }} {{ w.week_start }} [{{ w.mean }}] {{ w.count }}{% unless forloop.last %}|{% endunless %}{% endfor %}"));
    }

    [Fact]
    public void Model_Articles_FollowTheDigestWithWordCount()
    {
        // Given two articles (newest first in the digest)
        // Then each field is exposed, entities joined with "; "
        Assert.Equal("a.html|Contoso raises|Example News|2026-11-20|$14.3 billion|Contoso; Fabrikam|420|moderately positive|false",
            Render("{% assign a = articles.first %}{{ a.id }}|{{ a.title }}|{{ a.site }}|{{ a.published }}|{{ a.key_figures }}|{{ a.entities }}|{{ a.word_count }}|{{ a.sentiment_label }}|{{ a.sentiment_computed }}"));
        Assert.Equal("Fabrikam slips 300 -0.4 https://news.example.com/contoso-raise Contoso closed a large round.",
            Render("{% assign a = articles.last %}{{ a.title }} {{ a.word_count }} {{ a.sentiment }} {{ a.url }} {{ a.summary }}"));
    }

    [Fact]
    public void Model_EmptyPack_HasDefaultsAndEmptyLists()
    {
        var scope = _engine.CreateScope(Some.Pack(entities: []));

        var text = _engine.Parse("{{ totals.currency }} {{ totals.investments }} [{{ totals.investments_change }}] {{ investments.size }} {{ sentiment_matrix.size }} {{ sentiment_weeks.size }}", TemplateTestSupport.Cell)
            .Template!.Render(scope);

        Assert.Equal("USD 0 [] 0 0 8", text);
    }

    [Fact]
    public void RootShape_ListsEveryTopLevelNameOfTheContract()
    {
        string[] contract =
        [
            "pack", "week", "prior_week", "totals", "investments", "investment_history", "by_investor", "by_category", "by_currency", "sentiment",
            "entity_sentiment", "top_movers", "history_weeks", "sentiment_matrix", "sentiment_weeks", "articles", "issues", "sources",
        ];

        Assert.Equal(contract.Order(), _engine.RootShape.Names.Order());
    }

    private string Render(string text) => _engine.Parse(text, TemplateTestSupport.Cell).Template!.Render(_scope);

    [Theory]
    [InlineData("0.000000000000000000001", "")]
    [InlineData("500000000", "")]
    [InlineData("1000000000", "999999")]
    public void Model_ChangeAgainstANearlyEmptyPriorWeek_IsBlankNotAnOverflow(string prior, string expected)
    {
        // Given this week at the per-row cap and a prior week of almost nothing (or a millionth of it, or just over)
        var amount = decimal.Parse(prior, System.Globalization.CultureInfo.InvariantCulture);
        var pack = Some.Pack(investments:
        [
            Some.Investment(InvestmentFigure.MaxAmount, line: 2),
            Some.Investment(amount, date: Some.Week.Previous.Start.AddDays(1), line: 3),
        ]);

        // When the change is rendered
        var text = _engine.Parse("{{ totals.investments_change }}", TemplateTestSupport.Cell).Template!.Render(_engine.CreateScope(pack));

        // Then a ratio over a million times is left blank rather than overflowing a decimal or printing a silly percentage
        Assert.Equal(expected, text);
    }
}
