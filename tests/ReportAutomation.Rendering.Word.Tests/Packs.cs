using ReportAutomation.Core.Model;
using ReportAutomation.TestKit;

namespace ReportAutomation.Rendering.Word.Tests;

/// <summary>The week the memo tests fill (our own names and figures).</summary>
internal static class Packs
{
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
            Some.Article("northwind-stake.html", "Northwind takes a $14.3B stake in Labelwise", summary: "Northwind bought 49% of the data-labelling firm.",
                money: [new MoneyFact(14_300_000_000m, "USD", "$14.3 billion", "Northwind paid $14.3 billion for the stake.", "northwind-stake.html")], entities: ["Contoso"]),
            Some.Article("fabrikam-capex.txt", "Fabrikam <plans> & {{ spends }} $600B", url: "javascript:alert(1)", sentiment: -0.2, summary: "The plan runs to 2028.", entities: ["Fabrikam"]),
        ],
        issues: [Some.Issue()],
        sources: [Some.Source(), Some.Source("articles/northwind-stake.html", "article", 5120)]);
}
