using ReportAutomation.Core.Templates;
using ReportAutomation.TestKit;

namespace ReportAutomation.Core.Tests.Templates;

public sealed class RowDirectiveTests
{
    private static readonly TemplateLocation Row = new("weekly-ir.xlsx", "Deals!A5:F5");
    private readonly TemplateEngine _engine = new();

    [Fact]
    public void ParseRowDirective_LoopAcrossCells_StripsTagsAndKeepsInnerCells()
    {
        // Given a row whose first cell opens a loop and whose last filled cell closes it
        string?[] cells = ["{% for x in investments limit: 10 %}{{ x.date }}", "{{ x.investor }}", null, "{{ x.amount }} {% endfor %}", ""];

        // When parsed
        var directive = _engine.ParseRowDirective(cells, Row, out var errors);

        // Then it is a loop over investments with the tags removed from the cells
        Assert.Empty(errors);
        Assert.NotNull(directive);
        Assert.Equal(RowDirectiveKind.Loop, directive.Kind);
        Assert.Equal("x", directive.Variable);
        Assert.Equal("investments limit: 10", directive.Expression);
        Assert.Equal(["{{ x.date }}", "{{ x.investor }}", null, "{{ x.amount }}", ""], directive.InnerCellTexts);
    }

    [Fact]
    public void ParseRowDirective_WhitespaceControlAndLeadingEmptyCells_AreAccepted()
    {
        string?[] cells = [null, "  {%- for a in articles -%} {{ a.title }}", "{{ a.url }}{%- endfor -%}  ", null];

        var directive = _engine.ParseRowDirective(cells, Row, out var errors);

        Assert.Empty(errors);
        Assert.Equal([null, "{{ a.title }}", "{{ a.url }}", null], directive!.InnerCellTexts);
    }

    [Fact]
    public void ParseRowDirective_Condition_IsDetected()
    {
        string?[] cells = ["{% if totals.issues > 0 %}Issues", "{{ totals.issues }}{% endif %}"];

        var directive = _engine.ParseRowDirective(cells, Row, out var errors);

        Assert.Empty(errors);
        Assert.Equal(RowDirectiveKind.Condition, directive!.Kind);
        Assert.Null(directive.Variable);
        Assert.Equal("totals.issues > 0", directive.Expression);
        Assert.Equal(["Issues", "{{ totals.issues }}"], directive.InnerCellTexts);
    }

    [Theory]
    [InlineData("{% for m in top_movers %}{{ m.entity }} {% endfor %}")]
    [InlineData("{% if totals.deals > 0 %}{{ totals.deals }} deals{% endif %}")]
    [InlineData("Total: {{ totals.investments }}")]
    public void ParseRowDirective_LoopOrIfClosedInsideOneCell_IsAnOrdinaryRow(string cell)
    {
        // Given a row whose only template is complete inside one cell
        var directive = _engine.ParseRowDirective([cell, "{{ week.label }}"], Row, out var errors);

        // Then it is not a row directive (the cell renders its own loop/condition)
        Assert.Null(directive);
        Assert.Empty(errors);
    }

    [Fact]
    public void ParseRowDirective_ForWithoutEndfor_ReportsErrorWithLocation()
    {
        // Given a row that opens a loop but never closes it
        string?[] cells = ["{% for x in investments %}{{ x.date }}", "{{ x.amount }}"];

        // When parsed
        var directive = _engine.ParseRowDirective(cells, Row, out var errors);

        // Then there is no directive, and one error naming the row and the missing tag
        Assert.Null(directive);
        var error = Assert.Single(errors);
        Assert.Equal(Row, error.Location);
        Assert.Contains("{% endfor %}", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("weekly-ir.xlsx Deals!A5:F5: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ParseRowDirective_SingleCellOpenLoop_ReportsError()
    {
        var directive = _engine.ParseRowDirective(["{% for x in investments %}{{ x.date }}"], Row, out var errors);

        Assert.Null(directive);
        Assert.Single(errors);
    }

    [Fact]
    public void ParseRowDirective_EndforWithoutFor_ReportsError()
    {
        var directive = _engine.ParseRowDirective(["{{ x.date }}", "{{ x.amount }}{% endfor %}"], Row, out var errors);

        Assert.Null(directive);
        Assert.Contains("{% for", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseRowDirective_BadLoopSyntax_ReportsFluidMessage()
    {
        var directive = _engine.ParseRowDirective(["{% for x investments %}a", "b{% endfor %}"], Row, out var errors);

        Assert.Null(directive);
        Assert.StartsWith("syntax error", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateCollection_LimitOffsetReversed_FollowLiquid()
    {
        // Given five investments
        var pack = Some.Pack(investments: Enumerable.Range(1, 5).Select(i => Some.Investment(i, investor: $"I{i}", line: i + 1)));
        var scope = _engine.CreateScope(pack);

        // When loops with options are evaluated
        var limited = Investors("{% for x in investments offset: 1 limit: 2 %}", scope);
        var reversed = Investors("{% for x in investments reversed %}", scope);

        // Then they pick the same items Liquid would
        Assert.Equal(["I2", "I3"], limited);
        Assert.Equal(["I5", "I4", "I3", "I2", "I1"], reversed);
    }

    [Fact]
    public void EvaluateCondition_ReadsTheModel()
    {
        var scope = _engine.CreateScope(Some.Pack(issues: [Some.Issue()]));
        var withIssues = _engine.ParseRowDirective(["{% if totals.issues > 0 %}a", "b{% endif %}"], Row, out _)!;
        var withDeals = _engine.ParseRowDirective(["{% if investments.size > 0 %}a", "b{% endif %}"], Row, out _)!;

        Assert.True(_engine.EvaluateCondition(withIssues, scope));
        Assert.False(_engine.EvaluateCondition(withDeals, scope));
    }

    private List<string> Investors(string opening, TemplateScope scope)
    {
        var loop = _engine.ParseRowDirective([opening + "{{ x.investor }}", "{% endfor %}"], Row, out var errors)!;
        Assert.Empty(errors);
        return _engine.EvaluateCollection(loop, scope)
            .Select(item => (string)_engine.Resolve(scope.With("x", item), ["x", "investor"])!)
            .ToList();
    }
}
