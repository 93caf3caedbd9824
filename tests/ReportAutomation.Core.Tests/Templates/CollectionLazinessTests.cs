using System.Collections;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Templates;
using ReportAutomation.TestKit;

namespace ReportAutomation.Core.Tests.Templates;

public sealed class CollectionLazinessTests
{
    private static readonly TemplateLocation Row = new("weekly-ir.xlsx", "Deals!A5:B5");
    private readonly TemplateEngine _engine = new();

    [Fact]
    public void EvaluateCollection_ConsumerStopsEarly_SourceIsNotReadFurther()
    {
        // Given rows that blow up after the 5th item
        var scope = _engine.CreateScope(Some.Pack()).With("rows", new ExplodingSequence(explodeAfter: 5));
        var loop = Loop("{% for r in rows %}");

        // When the renderer takes only 5 rows
        var taken = _engine.EvaluateCollection(loop, scope).Take(5).ToList();

        // Then nothing beyond them was read
        Assert.Equal([1, 2, 3, 4, 5], taken.Cast<int>());
    }

    [Fact]
    public void EvaluateCollection_LimitAndOffset_StreamWithoutReadingPastTheEnd()
    {
        var scope = _engine.CreateScope(Some.Pack()).With("rows", new ExplodingSequence(explodeAfter: 5));

        var items = _engine.EvaluateCollection(Loop("{% for r in rows offset: 2 limit: 3 %}"), scope).ToList();

        Assert.Equal([3, 4, 5], items.Cast<int>());
    }

    [Fact]
    public void EvaluateCollection_IsDeferredUntilEnumerated()
    {
        var scope = _engine.CreateScope(Some.Pack()).With("rows", new ExplodingSequence(explodeAfter: 0));

        var items = _engine.EvaluateCollection(Loop("{% for r in rows %}"), scope);

        Assert.Throws<InvalidOperationException>(() => items.First());
    }

    [Fact]
    public void EvaluateCollection_MillionInvestments_ReadsEachRowOnceOnDemand()
    {
        // Given a pack whose investment list produces rows on demand and counts reads
        var rows = new CountingInvestments(1_000_000);
        var pack = Some.Pack() with { Investments = rows };
        var scope = _engine.CreateScope(pack);
        var loop = Loop("{% for x in investments %}");
        var amount = _engine.Parse("{{ x.amount }}", Row).Template!;

        // When the first ten rows are produced, then all of them
        var firstTen = _engine.EvaluateCollection(loop, scope).Take(10).Select(x => amount.Evaluate(scope.With("x", x))).ToList();
        var readsAfterTen = rows.Reads;
        decimal sum = 0;
        foreach (var item in _engine.EvaluateCollection(loop, scope))
        {
            sum += (decimal)amount.Evaluate(scope.With("x", item))!;
        }

        // Then only what was consumed was read, and the full pass read each row exactly once
        Assert.Equal(10, firstTen.Count);
        Assert.Equal(10, readsAfterTen);
        Assert.Equal(1_000_010, rows.Reads);
        Assert.Equal(500_000_500_000m, sum);
    }

    private RowDirective Loop(string opening)
    {
        var directive = _engine.ParseRowDirective([opening + "{{ r }}", "{% endfor %}"], Row, out var errors);
        Assert.Empty(errors);
        return directive!;
    }

    private sealed class ExplodingSequence(int explodeAfter) : IEnumerable<int>
    {
        public IEnumerator<int> GetEnumerator()
        {
            for (var i = 1; ; i++)
            {
                if (i > explodeAfter)
                {
                    throw new InvalidOperationException($"item {i} was read");
                }

                yield return i;
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class CountingInvestments(int count) : IReadOnlyList<InvestmentFigure>
    {
        public int Reads { get; private set; }

        public int Count => count;

        public InvestmentFigure this[int index]
        {
            get
            {
                Reads++;
                return Some.Investment(amount: index + 1, line: index + 2);
            }
        }

        public IEnumerator<InvestmentFigure> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
