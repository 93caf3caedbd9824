using ReportAutomation.Core.Templates;

namespace ReportAutomation.Core.Tests.Templates;

public sealed class StaticCheckTests
{
    private static readonly TemplateLocation Cell = new("weekly-ir.xlsx", "Summary!B7");
    private static readonly TemplateLocation Row = new("weekly-ir.xlsx", "Deals!A5:D5");
    private readonly TemplateEngine _engine = new();

    [Fact]
    public void Check_MisspeltField_SuggestsTheKnownName()
    {
        // Given a cell reading week.lable
        var template = _engine.Parse("Week {{ week.lable }}", Cell).Template!;

        // When checked against the model's shape (no data)
        var error = Assert.Single(_engine.Check(template, _engine.RootShape));

        // Then the error names the place, the field and the fix
        Assert.Equal(Cell, error.Location);
        Assert.Equal("week.label", error.Suggestion);
        Assert.Equal("weekly-ir.xlsx Summary!B7: unknown field 'week.lable' (did you mean week.label?)", error.ToString());
    }

    [Theory]
    [InlineData("{{ weeek.label }}", "week")]
    [InlineData("{{ totls.deals }}", "totals")]
    [InlineData("{{ totals.investment }}", "totals.investments")]
    [InlineData("{{ pack.generatedat }}", "pack.generated_at")]
    [InlineData("{% if totals.isues > 0 %}x{% endif %}", "totals.issues")]
    [InlineData("{% for a in artciles %}{{ a.title }}{% endfor %}", "articles")]
    [InlineData("{{ investments | map: \"ammount\" | sum }}", "map: \"amount\"")]
    public void Check_Misspellings_SuggestClosestName(string text, string suggestion)
    {
        var template = _engine.Parse(text, Cell).Template!;

        var error = Assert.Single(_engine.Check(template, _engine.RootShape));

        Assert.Equal(suggestion, error.Suggestion);
    }

    [Fact]
    public void Check_FieldFarFromAnyName_ListsTheAvailableNames()
    {
        var template = _engine.Parse("{{ week.colour }}", Cell).Template!;

        var error = Assert.Single(_engine.Check(template, _engine.RootShape));

        Assert.Null(error.Suggestion);
        Assert.Contains("label, year, number, start, end", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_InCellLoop_BindsLoopVariableToItemShape()
    {
        // Given an in-cell loop over articles that misspells an article field
        var template = _engine.Parse("{% for a in articles limit: 3 %}{{ a.title }} ({{ a.sentment_label }}){% unless forloop.last %}; {% endunless %}{% endfor %}", Cell).Template!;

        // When checked
        var error = Assert.Single(_engine.Check(template, _engine.RootShape));

        // Then the loop variable is known, forloop is known, and the misspelt field is caught
        Assert.Equal("a.sentiment_label", error.Suggestion);
    }

    [Fact]
    public void Check_AssignAndCapture_DefineNames()
    {
        var template = _engine.Parse("{% assign t = totals %}{% capture w %}{{ week.label }}{% endcapture %}{{ t.deals }} {{ w }} {{ t.dealz }}", Cell).Template!;

        var error = Assert.Single(_engine.Check(template, _engine.RootShape));

        Assert.Equal("t.deals", error.Suggestion);
    }

    [Fact]
    public void Check_RowLoopCells_UseTheCollectionsItemShape()
    {
        // Given a row loop over investments whose cells misspell an item field
        var directive = _engine.ParseRowDirective(["{% for x in investments %}{{ x.investor }}", "{{ x.ammount }}", "{{ forloop.index }}{% endfor %}"], Row, out _)!;
        var inside = _engine.ShapeInside(directive, _engine.RootShape);

        // When each inner cell is checked with the loop variable's shape
        var errors = directive.InnerCellTexts
            .Select((text, i) => _engine.Parse(text!, new TemplateLocation("weekly-ir.xlsx", $"Deals!{(char)('A' + i)}5")).Template!)
            .SelectMany(t => _engine.Check(t, inside))
            .ToList();

        // Then only the misspelt field is reported, at its own cell, with the fix
        var error = Assert.Single(errors);
        Assert.Equal("Deals!B5", error.Location.Place);
        Assert.Equal("x.amount", error.Suggestion);
        Assert.Empty(_engine.Check(directive, _engine.RootShape));
    }

    [Fact]
    public void Check_WithLoopVariable_MatchesShapeInside()
    {
        var inside = _engine.RootShape.WithLoopVariable("m", _engine.RootShape.ElementOf("sentiment_matrix"));
        var template = _engine.Parse("{{ m.entity }} {{ m.weeks | join: \", \" }} {{ m.latset }}", Cell).Template!;

        var error = Assert.Single(_engine.Check(template, inside));

        Assert.Equal("m.latest", error.Suggestion);
    }

    [Fact]
    public void Check_RowLoopOverUnknownCollection_IsReported()
    {
        var directive = _engine.ParseRowDirective(["{% for x in investmnets %}{{ x.date }}", "{% endfor %}"], Row, out _)!;

        var error = Assert.Single(_engine.Check(directive, _engine.RootShape));

        Assert.Equal("investments", error.Suggestion);
    }

    [Fact]
    public void Check_FieldOfListWithoutLoop_ExplainsTheLoop()
    {
        var template = _engine.Parse("{{ investments.amount }}", Cell).Template!;

        var error = Assert.Single(_engine.Check(template, _engine.RootShape));

        Assert.Contains("loop over investments", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_GroupOrListOutput_AsksForAField()
    {
        var group = Assert.Single(_engine.Check(_engine.Parse("{{ totals }}", Cell).Template!, _engine.RootShape));
        var list = Assert.Single(_engine.Check(_engine.Parse("{{ history_weeks }}", Cell).Template!, _engine.RootShape));

        Assert.Equal("totals.currency", group.Suggestion);
        Assert.Contains("join", list.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TimeFormatOnADate_IsReported()
    {
        var error = Assert.Single(_engine.Check(_engine.Parse("{{ week.start | date: \"HH:mm\" }}", Cell).Template!, _engine.RootShape));

        Assert.Contains("time", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ week.label }} to {{ week.end | date }}")]
    [InlineData("{{ investments.size }} deals, first {{ investments.first.investor }}, last {{ investments.last.amount | money }}")]
    [InlineData("{{ history_weeks | join: \", \" }}, oldest {{ history_weeks[0] }}")]
    [InlineData("{% for w in sentiment_weeks %}{{ w.week }}={{ w.mean | number: 2 }} {% endfor %}")]
    [InlineData("{{ articles.first.title | link: articles.first.url }}")]
    [InlineData("{% for i in (1..3) %}{{ i }}{% endfor %}")]
    [InlineData("{{ by_investor | where: \"currency\", \"USD\" | map: \"amount\" | sum | money }}")]
    [InlineData("{% case totals.currency %}{% when \"USD\" %}dollars{% else %}other{% endcase %}")]
    public void Check_ValidTemplates_HaveNoErrors(string text)
    {
        var outcome = _engine.Parse(text, Cell);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        Assert.Empty(_engine.Check(outcome.Template!, _engine.RootShape));
    }
}
