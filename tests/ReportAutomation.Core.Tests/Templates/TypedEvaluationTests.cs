using ReportAutomation.Core.Templates;
using ReportAutomation.TestKit;

namespace ReportAutomation.Core.Tests.Templates;

public sealed class TypedEvaluationTests
{
    private readonly TemplateEngine _engine = new();
    private readonly TemplateScope _scope;

    public TypedEvaluationTests()
    {
        _scope = _engine.CreateScope(Some.Pack(
            investments: [Some.Investment(14_300_000_000m, investor: "Acme Capital"), Some.Investment(600_000_000m, investor: "Bravo")],
            sentiment: [Some.Sentiment(score: 0.25)],
            articles: [Some.Article()]));
    }

    [Fact]
    public void Evaluate_SinglePathToAmount_StaysDecimal()
    {
        // Given a cell that is exactly one path to an amount
        var template = _engine.ParseOk("{{ totals.investments }}");

        // When evaluated
        var value = template.Evaluate(_scope);

        // Then the typed decimal comes back, via the fast path
        Assert.True(template.IsSingleExpression);
        Assert.False(template.HasFormattingFilter);
        Assert.Equal(["totals", "investments"], template.SimplePath);
        Assert.Equal(14_900_000_000m, Assert.IsType<decimal>(value));
    }

    [Fact]
    public void Evaluate_Date_StaysDateOnly()
    {
        var value = _engine.ParseOk("  {{ week.start }} ").Evaluate(_scope);

        Assert.Equal(new DateOnly(2026, 11, 16), Assert.IsType<DateOnly>(value));
    }

    [Fact]
    public void Evaluate_DateTimeOffsetIntAndBool_KeepTheirTypes()
    {
        Assert.IsType<DateTimeOffset>(_engine.ParseOk("{{ pack.generated_at }}").Evaluate(_scope));
        Assert.Equal(2, Assert.IsType<int>(_engine.ParseOk("{{ totals.deals }}").Evaluate(_scope)));
        Assert.False(Assert.IsType<bool>(_engine.ParseOk("{{ articles.first.sentiment_computed }}").Evaluate(_scope)));
    }

    [Fact]
    public void Evaluate_NonFormattingFilter_KeepsNumberAsDecimal()
    {
        // Given arithmetic and default filters (not formatting)
        var template = _engine.ParseOk("{{ totals.investments | divided_by: 1000000 }}");

        // When evaluated
        var value = template.Evaluate(_scope);

        // Then the result is a decimal number, and no simple path is offered
        Assert.Null(template.SimplePath);
        Assert.False(template.HasFormattingFilter);
        Assert.Equal(14_900m, Assert.IsType<decimal>(value));
    }

    [Fact]
    public void Evaluate_DateThroughFilterChain_StaysDateOnly()
    {
        var value = _engine.ParseOk("{{ articles.first.published | default: \"n/a\" }}").Evaluate(_scope);

        Assert.Equal(Some.Day(3), Assert.IsType<DateOnly>(value));
    }

    [Fact]
    public void Evaluate_FormattingFilter_GivesText()
    {
        var template = _engine.ParseOk("{{ totals.investments | money: \"B\" }}");

        Assert.True(template.HasFormattingFilter);
        Assert.Equal("$14.9B", template.Evaluate(_scope));
    }

    [Fact]
    public void Evaluate_MixedText_GivesRenderedText()
    {
        var template = _engine.ParseOk("Week {{ week.label }}: {{ totals.deals }} deals");

        Assert.False(template.IsSingleExpression);
        Assert.Equal("Week 2026-W47: 2 deals", template.Evaluate(_scope));
    }

    [Fact]
    public void Evaluate_NilAndUnknownMember_GiveNullWithoutThrowing()
    {
        // Given paths to a nil value and to names that do not exist
        // When evaluated and rendered
        var nil = _engine.ParseOk("{{ totals.investments_change }}").Evaluate(_scope);
        var unknown = _engine.ParseOk("{{ week.lable }}").Evaluate(_scope);
        var unknownRoot = _engine.ParseOk("{{ nope.deeper.still }}").Evaluate(_scope);
        var rendered = _engine.ParseOk("[{{ week.lable }}]").Render(_scope);

        // Then all are empty, none throws
        Assert.Null(nil);
        Assert.Null(unknown);
        Assert.Null(unknownRoot);
        Assert.Equal("[]", rendered);
    }

    [Fact]
    public void Evaluate_LoopVariable_ResolvesItemFields()
    {
        // Given a row scope bound to the first investment
        var item = _engine.EvaluateCollection(RowLoop("investments"), _scope).First();
        var row = _scope.With("x", item);

        // When the item's fields are evaluated
        var amount = _engine.ParseOk("{{ x.amount }}").Evaluate(row);
        var origin = _engine.ParseOk("{{ x.origin }}").Evaluate(row);

        // Then they are typed and come from the row
        Assert.Equal(14_300_000_000m, amount);
        Assert.Equal("figures/investments.csv:2", origin);
        Assert.Equal(14_300_000_000m, _engine.Resolve(row, ["x", "amount"]));
    }

    [Fact]
    public void Render_GroupOfFields_ShowsItsOwnTextOrNothing_NeverATypeName()
    {
        Assert.Equal("2026-W47|weekly-ir|", _engine.ParseOk("{{ week }}|{{ pack }}|{{ investments.first }}").Render(_scope));
    }

    [Fact]
    public void Evaluate_UntrustedFormulaText_StaysPlainText()
    {
        // Given data that looks like a formula
        var row = _scope.With("t", "=HYPERLINK(\"http://evil\",\"x\")");

        // When evaluated, Then the same string comes back (the renderer writes it as text)
        Assert.Equal("=HYPERLINK(\"http://evil\",\"x\")", _engine.ParseOk("{{ t }}").Evaluate(row));
    }

    [Fact]
    public void Evaluate_RowLoopIndex_IsAvailableAsForloop()
    {
        var row = _scope.With("x", "a", 4);

        Assert.Equal(5, _engine.ParseOk("{{ forloop.index }}").Evaluate(row));
        Assert.Equal("5. a", _engine.ParseOk("{{ forloop.index }}. {{ x }}").Render(row));
    }

    private RowDirective RowLoop(string collection) =>
        _engine.ParseRowDirective([$"{{% for x in {collection} %}}{{{{ x.investor }}}}", "{{ x.amount }}{% endfor %}"], new TemplateLocation("t.xlsx", "Data!A2"), out _)!;
}
