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

    [Fact]
    public void Parse_EnginesStartedOnManyThreadsWhileTheParserIsPrepared_EachParsesAndRenders()
    {
        // Given the shared parser being prepared in the background (as build does before loading its inputs)
        TemplateEngine.Prepare();
        var pack = Some.Pack(investments: [Some.Investment(14_300_000_000m, investor: "Meta", line: 2)]);

        // When engines are created and used at once on several threads (each waits for the parser if it is not built yet)
        var results = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(8).Select(i =>
        {
            var engine = new TemplateEngine();
            var outcome = engine.Parse("{% for x in investments %}{{ x.investor }} {{ x.amount | money }}{% endfor %} #" + i, TemplateTestSupport.Cell);
            return outcome.Template!.Render(engine.CreateScope(pack));
        }).ToList();

        // Then every parse succeeded and renders the data
        Assert.Equal(Enumerable.Range(0, 8).Select(i => "Meta $14.3B #" + i).Order(), results.Order());
    }
}
