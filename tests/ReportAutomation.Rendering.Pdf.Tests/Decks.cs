using ReportAutomation.Core.Model;
using ReportAutomation.TestKit;

namespace ReportAutomation.Rendering.Pdf.Tests;

/// <summary>Packs and small deck templates the tests share (our own words and figures).</summary>
internal static class Decks
{
    /// <summary>A week with three investors, two companies' scores, two articles and a data issue.</summary>
    public static WeeklyPack Busy() => Some.Pack(
        investments:
        [
            Some.Investment(14_300_000_000m, "Northwind Holdings", "Labelwise AI", line: 2),
            Some.Investment(2_500_000_000m, "Tailspin Partners", "Gridline Data", line: 3),
            Some.Investment(750_000_000m, "Adventure Works Ventures", "Quillfeather", line: 4),
        ],
        sentiment: [Some.Sentiment("Contoso", 0.35), Some.Sentiment("Fabrikam", -0.2, line: 3)],
        articles:
        [
            Some.Article("northwind-stake.html", "Northwind takes a $14.3B stake in Labelwise", summary: "Northwind bought 49% of the data-labelling firm.", entities: ["Contoso"]),
            Some.Article("fabrikam-capex.txt", "Fabrikam plans $600B of AI spending", url: "javascript:alert(1)", sentiment: -0.2, summary: "The plan runs to 2028.", entities: ["Fabrikam"]),
        ],
        issues: [Some.Issue()],
        sources: [Some.Source(), Some.Source("articles/northwind-stake.html", "article", 5120)]);

    /// <summary>A one-slide template around <paramref name="slide"/> (a JSON object).</summary>
    public static string Slide(string slide, string extra = "") => $$"""
        { {{extra}} "slides": [ {{slide}} ] }
        """;

    /// <summary>A table slide over investments with the given columns.</summary>
    public const string InvestmentTable = """
        { "layout": "table", "title": "Investments", "rows": "x in investments",
          "columns": [ { "header": "Investor", "value": "{{ x.investor }}", "width": 2 }, { "header": "Amount", "value": "{{ x.amount | money }}", "align": "right" } ] }
        """;
}
