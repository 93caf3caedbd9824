using System.Text.RegularExpressions;
using ReportAutomation.Core.Templates;
using ReportAutomation.TestKit;

namespace ReportAutomation.Core.Tests.Templates;

/// <summary>Keeps docs/templates.md honest: every model name is documented, and its worked example renders as shown.</summary>
public sealed class TemplateDocsTests
{
    private static readonly Lazy<string> Doc = new(() => File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "templates.md")));
    private readonly TemplateEngine _engine = new();

    [Fact]
    public void Docs_ModelReference_DocumentsEveryName()
    {
        // Given the model's shape and the reference page
        var missing = new List<string>();

        // When every top-level name and every field is looked up in its section
        foreach (var name in _engine.RootShape.Names)
        {
            var section = Section(name);
            if (section is null)
            {
                missing.Add(name);
                continue;
            }

            var shape = _engine.RootShape.Lookup(name)!;
            var fields = shape.Kind == TemplateValueKind.List ? shape.Element! : shape;
            foreach (var field in fields.MemberNames)
            {
                var pattern = shape.Kind == TemplateValueKind.List ? $@"`\w+\.{field}`" : $@"`{name}\.{field}`";
                if (!Regex.IsMatch(section, pattern))
                {
                    missing.Add($"{name}.{field}");
                }
            }
        }

        // Then nothing is missing
        Assert.Empty(missing);
    }

    [Fact]
    public void Docs_WorkedExample_RendersAsShown()
    {
        // Given the example's week: three USD deals (14.9B), 11.92B the week before, two movers, no issues
        var prior = Some.Week.Previous;
        var pack = Some.Pack(
            investments:
            [
                Some.Investment(10_000_000_000m, investor: "Acme Capital", line: 2),
                Some.Investment(4_000_000_000m, investor: "Bravo Partners", line: 3),
                Some.Investment(900_000_000m, investor: "Charlie Fund", line: 4),
                Some.Investment(11_920_000_000m, date: prior.Start, line: 5),
            ],
            sentiment:
            [
                Some.Sentiment("Contoso", 0.5, line: 2),
                Some.Sentiment("Contoso", 0.2, date: prior.Start, line: 3),
                Some.Sentiment("Fabrikam", -0.3, line: 4),
                Some.Sentiment("Fabrikam", -0.1, date: prior.Start, line: 5),
            ]);
        var scope = _engine.CreateScope(pack);

        // When the example's cells are filled
        string Fill(string text) => _engine.Parse(text, TemplateTestSupport.Cell).Template!.Render(scope);

        // Then they give what the page shows
        Assert.Equal("Weekly IR pack — 2026-W47", Fill("Weekly IR pack — {{ week.label }}"));
        Assert.Equal("16 Nov – 22 Nov 2026", Fill("{{ week.start | date: \"d MMM\" }} – {{ week.end | date }}"));
        Assert.Equal(14_900_000_000m, _engine.Parse("{{ totals.investments }}", TemplateTestSupport.Cell).Template!.Evaluate(scope));
        Assert.Equal("$14.9B across 3 deals", Fill("{{ totals.investments | money }} across {{ totals.deals }} deals"));
        Assert.Equal(0.25m, _engine.Parse("{{ totals.investments_change }}", TemplateTestSupport.Cell).Template!.Evaluate(scope));
        Assert.Equal("Contoso (+0.30), Fabrikam (-0.20)",
            Fill("{% for m in top_movers limit: 3 %}{{ m.entity }} ({{ m.change | number: 2, \"+\" }}){% unless forloop.last %}, {% endunless %}{% endfor %}"));
        var issuesRow = _engine.ParseRowDirective(["{% if totals.issues > 0 %}Data issues", "{{ totals.issues }} — see the Issues sheet{% endif %}"], TemplateTestSupport.Cell, out _)!;
        Assert.False(_engine.EvaluateCondition(issuesRow, scope));
        Assert.Equal("$14.9B", Fill("{{ totals.investments | money: \"B\" }}"));
        Assert.Equal("Sunday 22 November", Fill("{{ week.end | date: \"dddd d MMMM\" }}"));
        Assert.Equal("16/11/2026", Fill("{{ week.start | date: \"%d/%m/%Y\" }}"));
    }

    [Fact]
    public void Docs_EveryReportFilter_HasASection()
    {
        foreach (var filter in new[] { "money", "percent", "number", "date", "link" })
        {
            Assert.Contains($"### {filter}", Doc.Value, StringComparison.Ordinal);
        }
    }

    private static string? Section(string name)
    {
        var match = Regex.Match(Doc.Value, $@"^### [^\n]*`{name}`[^\n]*\n(?<body>.*?)(?=^##)", RegexOptions.Multiline | RegexOptions.Singleline);
        return match.Success ? match.Groups["body"].Value : null;
    }
}
