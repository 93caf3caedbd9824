using ReportAutomation.TestKit;
using Microsoft.Extensions.Logging.Abstractions;

namespace ReportAutomation.Rendering.Pdf.Tests.Template;

public sealed class DeckTemplateErrorTests : IDisposable
{
    private readonly DeckRun _run = new();

    [Theory]
    [InlineData("""{ "slides": [ { "layout": "pie" } ] }""", "weekly-ir-deck.json slides[0].layout: unknown layout 'pie'")]
    [InlineData("""{ "slides": [ { "layout": "kpis", "tiles": [ { "label": "x", "value": "{{ totals.investmentz }}" } ] } ] }""", "weekly-ir-deck.json slides[0].tiles[0].value: unknown field 'totals.investmentz'")]
    [InlineData("""{ "theme": { "primary": "navy" }, "slides": [ { "layout": "title" } ] }""", "weekly-ir-deck.json theme.primary: bad colour 'navy'")]
    [InlineData("""{ "theme": { "logo": "missing.png" }, "slides": [ { "layout": "title" } ] }""", "weekly-ir-deck.json theme.logo: file 'missing.png' not found")]
    [InlineData("""{ "slides": [ { "layout": "title", "titel": "x" } ] }""", "weekly-ir-deck.json slides[0].titel: unknown field 'titel'")]
    [InlineData("""{ "slides": [ { "layout": "chart", "chart": "pie_of_money" } ] }""", "weekly-ir-deck.json slides[0].chart: unknown chart 'pie_of_money'")]
    [InlineData("""{ "slides": [ { "layout": "table", "rows": "x in investmnts", "columns": [ { "value": "{{ x.amount }}" } ] } ] }""", "weekly-ir-deck.json slides[0].rows: unknown field 'investmnts'")]
    [InlineData("""{ "slides": [ { "layout": "table", "rows": "x in investments", "columns": [ { "value": "{{ x.amont }}" } ] } ] }""", "weekly-ir-deck.json slides[0].columns[0].value: unknown field 'x.amont'")]
    [InlineData("""{ "slides": [ { "layout": "bullets", "when": "totals.isues > 0" } ] }""", "weekly-ir-deck.json slides[0].when: unknown field 'totals.isues'")]
    [InlineData("{ \"slides\": [\n  { \"layout\": \"title\" \"title\": \"x\" } ] }", "weekly-ir-deck.json line 2, column")]
    [InlineData("""{ "page": "letter", "slides": [ { "layout": "title" } ] }""", "weekly-ir-deck.json page: unknown page size 'letter'")]
    public void Check_BrokenTemplate_NamesTheSlideAndField(string json, string expected)
    {
        var template = _run.Template(json);

        var errors = new PdfDeckRenderer(NullLogger<PdfDeckRenderer>.Instance).Check(template);

        Assert.Contains(errors, e => e.ToString().StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_MisspeltName_SuggestsTheKnownOne()
    {
        var template = _run.Template("""{ "slides": [ { "layout": "kpis", "tiles": [ { "label": "x", "value": "{{ totals.investmentz }}" } ] } ] }""");

        var error = Assert.Single(new PdfDeckRenderer(NullLogger<PdfDeckRenderer>.Instance).Check(template));

        Assert.Equal("totals.investments", error.Suggestion);
        Assert.EndsWith("(did you mean totals.investments?)", error.ToString());
    }

    [Fact]
    public void Render_BrokenTemplate_WritesNoDeck()
    {
        var template = _run.Template("""{ "slides": [ { "layout": "bullets", "bullets": ["{{ nope }}"] } ] }""");

        var result = _run.Render(Some.BusyWeek(), template);

        Assert.False(result.Succeeded);
        Assert.Null(result.OutputPath);
        Assert.False(File.Exists(Path.Combine(_run.Folder, "deck.pdf")));
        Assert.Equal("weekly-ir-deck.json slides[0].bullets[0]", Assert.Single(result.Errors).Location.ToString());
    }

    [Fact]
    public void Check_ShippedTemplate_HasNoProblem()
    {
        Assert.Empty(new PdfDeckRenderer(NullLogger<PdfDeckRenderer>.Instance).Check(DeckRun.ShippedTemplate));
    }

    /// <inheritdoc />
    public void Dispose() => _run.Dispose();
}
