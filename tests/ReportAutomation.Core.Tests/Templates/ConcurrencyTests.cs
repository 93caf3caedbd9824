using ReportAutomation.Core.Templates;
using ReportAutomation.TestKit;

namespace ReportAutomation.Core.Tests.Templates;

public sealed class ConcurrencyTests
{
    [Fact]
    public void Render_SharedEngineTemplateAndScopeAcrossThreads_GivesTheSameResults()
    {
        // Given one engine, one parsed template and one pack scope shared by all threads
        var engine = new TemplateEngine();
        var scope = engine.CreateScope(Some.Pack(investments: Enumerable.Range(1, 200).Select(i => Some.Investment(i * 1000m, investor: $"I{i}", line: i + 1))));
        var template = engine.Parse("{{ x.investor }}: {{ x.amount | money: \"K\" }} of {{ totals.investments | money }} ({{ forloop.index }})", TemplateTestSupport.Cell).Template!;
        var loop = engine.ParseRowDirective(["{% for x in investments %}a", "b{% endfor %}"], TemplateTestSupport.Cell, out _)!;
        var items = engine.EvaluateCollection(loop, scope).ToList();
        var expected = items.Select((item, i) => template.Render(scope.With("x", item, i))).ToList();

        // When rows are rendered in parallel, many times over
        var results = Enumerable.Range(0, 20).AsParallel().WithDegreeOfParallelism(4)
            .Select(_ => items.Select((item, i) => template.Render(scope.With("x", item, i))).ToList())
            .ToList();

        // Then every thread gets exactly the sequential result
        Assert.Equal("I1: $1K of $20.1M (1)", expected[0]);
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
