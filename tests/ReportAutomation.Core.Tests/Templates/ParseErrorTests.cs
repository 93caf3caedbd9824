using ReportAutomation.Core.Templates;

namespace ReportAutomation.Core.Tests.Templates;

public sealed class ParseErrorTests
{
    private static readonly TemplateLocation Cell = new("weekly-ir.xlsx", "Summary!B7");
    private readonly TemplateEngine _engine = new();

    [Fact]
    public void Parse_UnknownFilter_SuggestsClosestFilter()
    {
        // Given a misspelt filter
        var outcome = _engine.Parse("{{ totals.investments | monye: \"B\" }}", Cell);

        // Then the template still parses, with one error suggesting money
        Assert.NotNull(outcome.Template);
        Assert.False(outcome.Succeeded);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal("money", error.Suggestion);
        Assert.Equal("weekly-ir.xlsx Summary!B7: unknown filter 'monye' (did you mean money?)", error.ToString());
    }

    [Fact]
    public void Parse_ParserWarmUpText_ParsesWithoutErrors()
    {
        // Given the text the parser's background thread parses to compile the grammar's code before the first template
        var text = ReportAutomation.Core.Templates.Fluid.FluidRuntime.WarmUpText;

        // When it is parsed as a template
        var outcome = _engine.Parse(text, Cell);

        // Then it is valid template text (a syntax error would leave the warm-up doing nothing)
        Assert.NotNull(outcome.Template);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
    }

    [Theory]
    [InlineData("{{ 1 | money: \"X\" }}", "scale \"X\"")]
    [InlineData("{{ 1 | money: \"B\", \"DOLLARS\" }}", "three-letter")]
    [InlineData("{{ 1 | money: \"B\", \"USD\", \"xx-NOPE\" }}", "culture")]
    [InlineData("{{ 1 | money: \"B\", \"USD\", \"en-GB\", 4 }}", "at most 3")]
    [InlineData("{{ 1 | money: \"B\", scale: \"M\" }}", "twice")]
    [InlineData("{{ 1 | money: scael: \"M\" }}", "no option 'scael'")]
    [InlineData("{{ 1 | percent: \"one\" }}", "decimals")]
    [InlineData("{{ 1 | percent: 1.5 }}", "decimals")]
    [InlineData("{{ 1 | number: 2, \"minus\" }}", "culture")]
    [InlineData("{{ week.start | date: \"\" }}", "date format")]
    public void Parse_BadFilterArguments_AreErrors(string text, string expected)
    {
        var outcome = _engine.Parse(text, Cell);

        var error = Assert.Single(outcome.Errors);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(Cell, error.Location);
    }

    [Theory]
    [InlineData("{{ week.label ")]
    [InlineData("{% if totals.deals > %}x{% endif %}")]
    [InlineData("{% for x in investments %}no end")]
    [InlineData("{% endif %}")]
    public void Parse_SyntaxError_IsAnErrorValueWithFluidsMessage(string text)
    {
        // Given broken Liquid
        // When parsed
        var outcome = _engine.Parse(text, Cell);

        // Then no template, one located error, no exception
        Assert.Null(outcome.Template);
        var error = Assert.Single(outcome.Errors);
        Assert.StartsWith("syntax error: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(Cell, error.Location);
    }

    [Theory]
    [InlineData("{% include 'secrets' %}")]
    [InlineData("{% render '/etc/passwd' %}")]
    public void Parse_IncludeAndRender_AreNotAvailable(string text)
    {
        var outcome = _engine.Parse(text, Cell);

        Assert.Null(outcome.Template);
        Assert.Contains("Unknown tag", Assert.Single(outcome.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RunawayLoop_HitsStepLimitAsError()
    {
        // Given nested loops that would run 10^9 steps
        var template = _engine.Parse("{% for a in (1..1000) %}{% for b in (1..1000) %}{% for c in (1..1000) %}x{% endfor %}{% endfor %}{% endfor %}", Cell).Template!;
        var scope = _engine.CreateScope(ReportAutomation.TestKit.Some.Pack());

        // When rendered with Try
        var ok = template.TryRender(scope, out _, out var error);

        // Then it stops with an error value at the cell
        Assert.False(ok);
        Assert.Equal(Cell, error!.Location);
        Assert.Throws<TemplateRenderException>(() => template.Render(scope));
    }

    [Theory]
    [InlineData("plain text", false)]
    [InlineData(null, false)]
    [InlineData("{{ x }}", true)]
    [InlineData("a {% if x %}b{% endif %}", true)]
    [InlineData("{ not } a template", false)]
    public void IsTemplate_DetectsTags(string? text, bool expected)
    {
        Assert.Equal(expected, _engine.IsTemplate(text));
    }
}
