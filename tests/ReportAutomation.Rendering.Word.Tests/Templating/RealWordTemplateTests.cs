using Microsoft.Extensions.Logging.Abstractions;
using ReportAutomation.TestKit;

namespace ReportAutomation.Rendering.Word.Tests.Templating;

/// <summary>Templates saved by real Word, LibreOffice and WPS (../shared/templates-real, not in the repository).</summary>
public sealed class RealWordTemplateTests
{
    private static string Folder()
    {
        var folder = RepoPaths.Shared is { } shared ? Path.Combine(shared, "templates-real", "raw") : null;
        if (folder is null || !Directory.Exists(folder))
        {
            Assert.Skip("../shared/templates-real is not beside the repository; these tests read real Word-saved templates from there.");
        }

        return folder!;
    }

    [Fact]
    public void Check_EveryRealTemplate_ReportsWithLocationsAndNeverThrows()
    {
        var files = Directory.GetFiles(Folder(), "*.docx", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var errors = new WordMemoRenderer(NullLogger<WordMemoRenderer>.Instance).Check(file);
            Assert.All(errors, e => Assert.True(e.Location.Place.Contains("paragraph ", StringComparison.Ordinal) || e.Location.Place.Length == 0, $"{Path.GetFileName(file)}: {e}"));
        }
    }

    [Fact]
    public void Check_WordSplitPlaceholders_AreJoinedBeforeChecking()
    {
        // get_undeclared_variables.docx: Word split 19 of its 23 placeholders over up to six runs, with proofErr between them
        var file = Path.Combine(Folder(), "docxtpl", "get_undeclared_variables.docx");

        var errors = new WordMemoRenderer(NullLogger<WordMemoRenderer>.Instance).Check(file).Select(e => e.ToString()).ToList();

        Assert.Contains("get_undeclared_variables.docx paragraph 1 (\"Hello {{ name }}!\"): unknown field 'name'", errors);
        Assert.Contains(errors, e => e.StartsWith("get_undeclared_variables.docx header1.xml paragraph 1", StringComparison.Ordinal) && e.Contains("'company_name'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("get_undeclared_variables.docx footer1.xml paragraph 1", StringComparison.Ordinal) && e.Contains("'generation_date'", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_PlaceholderInAFootnote_IsFoundThere()
    {
        var file = Path.Combine(Folder(), "docxtpl", "footnotes_tpl.docx");

        var errors = new WordMemoRenderer(NullLogger<WordMemoRenderer>.Instance).Check(file);

        Assert.Contains(errors, e => e.Location.Place.StartsWith("footnotes.xml paragraph", StringComparison.Ordinal) && e.Message.Contains("'a_jinja_variable'", StringComparison.Ordinal));
    }
}
