using Microsoft.Extensions.Time.Testing;
using ReportAutomation.Core.Errors;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Packs;
using ReportAutomation.Core.Weeks;

namespace ReportAutomation.TestKit;

/// <summary>Builders for small, valid model values: override only what a test is about.</summary>
public static class Some
{
    /// <summary>The week test packs cover by default: 2026-W47 (Mon 16 Nov – Sun 22 Nov 2026).</summary>
    public static IsoWeek Week { get; } = new(2026, 47);

    /// <summary>The date written as ISO <c>yyyy-MM-dd</c>.</summary>
    public static DateOnly On(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A day of <see cref="Week"/> (0 = Monday).</summary>
    public static DateOnly Day(int offset = 0) => Week.Start.AddDays(offset);

    /// <summary>An investment row dated in <see cref="Week"/> unless <paramref name="date"/> says otherwise.</summary>
    public static InvestmentFigure Investment(
        decimal amount = 1_000_000m,
        string investor = "Acme Capital",
        string target = "Widget Co",
        string currency = "USD",
        string category = "Venture",
        DateOnly? date = null,
        string? source = "https://example.com/deal",
        int line = 2) =>
        new(date ?? Day(1), investor, target, amount, currency, category, source, new SourceLocation("figures/investments.csv", line));

    /// <summary>A sentiment score row dated in <see cref="Week"/> unless <paramref name="date"/> says otherwise.</summary>
    public static SentimentFigure Sentiment(string entity = "Contoso", double score = 0.2, DateOnly? date = null, string? label = null, int line = 2) =>
        new(date ?? Day(2), entity, "analyst", score, label, new SourceLocation("figures/sentiment.csv", line));

    /// <summary>An article published in <see cref="Week"/> unless <paramref name="published"/> says otherwise.</summary>
    public static Article Article(
        string id = "contoso-raise.html",
        string title = "Contoso raises $14.3 billion",
        DateOnly? published = null,
        string? url = "https://news.example.com/contoso-raise",
        double sentiment = 0.3,
        int wordCount = 420,
        string summary = "Contoso closed a large round.",
        IReadOnlyList<MoneyFact>? money = null,
        params string[] entities) =>
        new()
        {
            Id = id,
            SourceFile = id,
            Title = title,
            Site = "Example News",
            Url = url,
            Published = published ?? Day(3),
            Summary = summary,
            Money = money ?? [],
            Entities = entities.Select((e, i) => new EntityMention(e, entities.Length - i)).ToList(),
            Sentiment = new ArticleSentiment(sentiment, ArticleSentiment.LabelFor(sentiment), IsComputed: false, Method: "stated"),
            WordCount = wordCount,
        };

    /// <summary>A data issue in the investments file.</summary>
    public static DataIssue Issue(string reason = "amount is not a number", int line = 7, string? column = "amount", string? value = "12,x") =>
        new("figures/investments.csv", line, column, value, reason);

    /// <summary>An input file with a made-up hash.</summary>
    public static InputFile Source(string path = "figures/investments.csv", string kind = "figures", long bytes = 1234) =>
        new(path, kind, new string('a', 64), bytes);

    /// <summary>
    /// A pack for <paramref name="week"/> (default <see cref="Week"/>) built by the real <see cref="WeeklyPackBuilder"/>
    /// from the given rows, with a fixed clock (Tuesday after the week, 09:00 UTC) and the UTC time zone.
    /// </summary>
    public static WeeklyPack Pack(
        IEnumerable<InvestmentFigure>? investments = null,
        IEnumerable<SentimentFigure>? sentiment = null,
        IEnumerable<Article>? articles = null,
        IEnumerable<DataIssue>? issues = null,
        IEnumerable<InputFile>? sources = null,
        IEnumerable<WatchedEntity>? entities = null,
        IsoWeek? week = null,
        int historyWeeks = 8,
        string name = "weekly-ir")
    {
        var target = week ?? Week;
        var clock = new FakeTimeProvider(new DateTimeOffset(target.End.AddDays(2).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        var inputs = new PackInputs
        {
            Investments = investments?.ToList() ?? [],
            Sentiment = sentiment?.ToList() ?? [],
            Articles = articles?.ToList() ?? [],
            Issues = issues?.ToList() ?? [],
            Files = sources?.ToList() ?? [],
            Entities = entities?.ToList() ?? [new WatchedEntity("Contoso", "CTSO", []), new WatchedEntity("Fabrikam", "FBRK", [])],
        };
        var options = new PackOptions { Name = name, TimeZone = "UTC", HistoryWeeks = historyWeeks };
        return new WeeklyPackBuilder(clock).Build(inputs, options, target);
    }

    /// <summary>A week in dollars and euros: Alphabet invested in both (€5.5B and $350M), Microsoft $2B.</summary>
    public static WeeklyPack TwoCurrencyWeek() => Pack(investments:
    [
        Investment(5_500_000_000m, "Alphabet", "Data centres", currency: "EUR", line: 2),
        Investment(350_000_000m, "Alphabet", "Tamarack Robotics", line: 3),
        Investment(2_000_000_000m, "Microsoft", "Helio Reasoning", line: 4),
    ]);

    /// <summary>
    /// A busy week every renderer's tests fill: three investors, two companies' scores, two articles (one stating an
    /// amount with its sentence, one whose title holds markup and braces and whose address is unsafe), a data issue.
    /// </summary>
    public static WeeklyPack BusyWeek() => Pack(
        investments:
        [
            Investment(14_300_000_000m, "Northwind Holdings", "Labelwise AI", line: 2),
            Investment(2_500_000_000m, "Tailspin Partners", "Gridline Data", line: 3),
            Investment(750_000_000m, "Adventure Works Ventures", "Quillfeather", line: 4),
        ],
        sentiment: [Sentiment("Contoso", 0.35), Sentiment("Fabrikam", -0.2, line: 3)],
        articles:
        [
            Article("northwind-stake.html", "Northwind takes a $14.3B stake in Labelwise", summary: "Northwind bought 49% of the data-labelling firm.",
                money: [new MoneyFact(14_300_000_000m, "USD", "$14.3 billion", "Northwind paid $14.3 billion for the stake.", "northwind-stake.html")], entities: ["Contoso"]),
            Article("fabrikam-capex.txt", "Fabrikam <plans> & {{ spends }} $600B", url: "javascript:alert(1)", sentiment: -0.2, summary: "The plan runs to 2028.", entities: ["Fabrikam"]),
        ],
        issues: [Issue()],
        sources: [Source(), Source("articles/northwind-stake.html", "article", 5120)]);
}
