using ReportAutomation.TestKit;
using Microsoft.Extensions.Logging.Abstractions;
using static ReportAutomation.Rendering.Word.Tests.HandMadeDocx;

namespace ReportAutomation.Rendering.Word.Tests.Templating;

public sealed class MemoTemplateErrorTests : IDisposable
{
    private readonly MemoRun _run = new();

    [Fact]
    public void Check_UnknownName_NamesTheParagraphWithItsTextAndSuggests()
    {
        var template = Write(_run.File("bad-memo.docx"), P("Intro") + P("Total invested ", "{{ totals.invested }}", " this week"));

        var error = Assert.Single(Check(template));

        Assert.Equal("bad-memo.docx paragraph 2 (\"Total invested {{ totals.invested }} …\")", error.Location.ToString());
        Assert.Contains("unknown field 'totals.invested'", error.Message);
        Assert.Equal("totals.investments", error.Suggestion);
    }

    [Theory]
    [InlineData("unclosed", "{% for a in articles %}|{{ a.title }}", "{% for a in articles %} is not closed")]
    [InlineData("stray", "{{ week.label }}|{% endfor %}", "{% endfor %} without a matching {% for … %}")]
    [InlineData("brace", "Total {{ totals.deals", "opens a placeholder that is not closed")]
    [InlineData("chart", "{% chart pie_of_money %}", "unknown chart 'pie_of_money'")]
    public void Check_BrokenBlocks_AreReportedWithTheirParagraph(string name, string paragraphs, string expected)
    {
        var template = Write(_run.File(name + "-memo.docx"), string.Concat(paragraphs.Split('|').Select(p => P(p))));

        var errors = Check(template);

        Assert.Contains(errors, e => e.Message.Contains(expected, StringComparison.Ordinal) && e.Location.Place.StartsWith("paragraph ", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_LoopStartingInOneCellAndEndingInAnother_IsAnError()
    {
        var template = Write(_run.File("cells-memo.docx"), """
            <w:tbl><w:tr>
              <w:tc><w:p><w:r><w:t>{% for a in articles %}</w:t></w:r></w:p><w:p><w:r><w:t>{{ a.title }}</w:t></w:r></w:p></w:tc>
              <w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p><w:p><w:r><w:t>{% endfor %}</w:t></w:r></w:p></w:tc>
              <w:tc><w:p><w:r><w:t>last cell</w:t></w:r></w:p></w:tc>
            </w:tr></w:tbl>
            """);

        var errors = Check(template).Select(e => e.ToString()).ToList();

        Assert.Contains(errors, e => e.Contains("is not closed", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("{% endfor %} without a matching", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_BrokenTemplate_WritesNoMemo()
    {
        var template = Write(_run.File("broken-memo.docx"), P("{{ nope }}"));

        var result = _run.Render(Some.BusyWeek(), template);

        Assert.False(result.Succeeded);
        Assert.False(File.Exists(_run.File("memo.docx")));
    }

    [Fact]
    public void Check_ShippedTemplate_HasNoProblem()
    {
        Assert.Empty(Check(MemoRun.ShippedTemplate));
    }

    [Fact]
    public void Check_NotAWordFile_SaysSo()
    {
        var path = _run.File("junk-memo.docx");
        File.WriteAllText(path, "not a zip");

        var error = Assert.Single(Check(path));

        Assert.Equal("junk-memo.docx", error.Location.ToString());
    }

    [Fact]
    public void RenderAndCheck_FooterThatIsNotWellFormedXml_OneErrorNamingTheFileAndNoMemo()
    {
        // Given a template whose body is fine but whose footer part Word could not have saved (an unclosed element)
        var template = HandMadeDocx.Write(_run.File("broken-footer-memo.docx"), HandMadeDocx.P("{{ week.label }}"), footer: "<w:p><w:r><w:t>Page</w:t></w:r>");

        // When it is checked and rendered
        var checkErrors = Check(template);
        var result = _run.Render(Some.BusyWeek(), template);

        // Then both say the file cannot be opened, before anything is written
        var error = Assert.Single(checkErrors);
        Assert.Equal("broken-footer-memo.docx", error.Location.ToString());
        Assert.StartsWith("cannot be opened as a Word document", error.Message, StringComparison.Ordinal);
        Assert.False(result.Succeeded);
        Assert.Equal(error.Message, Assert.Single(result.Errors).Message);
        Assert.False(File.Exists(_run.File("memo.docx")));
    }

    [Fact]
    public void Render_PlaceholderThatFailsWhileTheBodyIsWritten_ErrorAtItsParagraphAndNoMemo()
    {
        // Given a template that checks but fails on the second article (it has no figures), once the body is being written out
        var template = Write(_run.File("fails-memo.docx"),
            P("Intro") + P("{% for a in articles %}") + P("{{ a.title }}") + P("{{ 10 | divided_by: a.figures.size }}") + P("{% endfor %}"));

        // When it is rendered
        var result = _run.Render(Some.BusyWeek(), template);

        // Then the error names the paragraph a Word user finds, and no memo (not even part of one) is written
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("fails-memo.docx paragraph 4", error.Location.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(_run.File("memo.docx")));
        Assert.Empty(Directory.GetFiles(_run.Folder, "*.tmp"));
        Assert.Contains("divide by zero", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static IReadOnlyList<Core.Templates.TemplateError> Check(string template) =>
        new WordMemoRenderer(NullLogger<WordMemoRenderer>.Instance).Check(template);

    /// <inheritdoc />
    public void Dispose() => _run.Dispose();
}
