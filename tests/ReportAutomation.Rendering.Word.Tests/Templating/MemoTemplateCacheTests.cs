using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using ReportAutomation.TestKit;
using static ReportAutomation.Rendering.Word.Tests.HandMadeDocx;

namespace ReportAutomation.Rendering.Word.Tests.Templating;

public sealed class MemoTemplateCacheTests : IDisposable
{
    private readonly MemoRun _run = new();

    [Fact]
    public void Render_SameTemplateAgain_WritesTheSameBytesWithHeaderFooterAndNotesFilled()
    {
        // Given the shipped template copied to a path of this test's own, rendered once (read, scanned and kept)
        var template = _run.File("weekly-ir-memo.docx");
        File.Copy(MemoRun.ShippedTemplate, template);
        var pack = Some.BusyWeek();
        var first = File.ReadAllBytes(_run.RenderOk(pack, template, "first"));

        // When the same template fills the same pack again, and then twice more
        var second = File.ReadAllBytes(_run.RenderOk(pack, template, "second"));
        var third = File.ReadAllBytes(_run.RenderOk(pack, template, "third"));

        // Then every memo is the same, byte for byte, its header and footer filled from the kept template
        Assert.Equal(first, second);
        Assert.Equal(first, third);
        using var document = WordprocessingDocument.Open(_run.File("third.docx"), false);
        var header = string.Concat(document.MainDocumentPart!.HeaderParts.Select(h => h.Header.InnerText));
        Assert.Contains(pack.Week.Label, header, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", header + string.Concat(document.MainDocumentPart.FooterParts.Select(f => f.Footer.InnerText)), StringComparison.Ordinal);
        OpenXmlValidation.AssertValid(_run.File("third.docx"));
    }

    [Fact]
    public void Render_TemplateEditedBetweenRenders_UsesTheEditedTemplate()
    {
        // Given a template rendered once
        var template = Write(_run.File("edited-memo.docx"), P("Before: {{ week.label }}"));
        Assert.Equal(["Before: " + Some.BusyWeek().Week.Label], MemoRun.Paragraphs(_run.RenderOk(Some.BusyWeek(), template, "before")));

        // When its file is replaced by an edited one at the same path
        File.Delete(template);
        Write(template, P("After: {{ week.label }}"));

        // Then the next memo is filled from the edited template
        Assert.Equal(["After: " + Some.BusyWeek().Week.Label], MemoRun.Paragraphs(_run.RenderOk(Some.BusyWeek(), template, "after")));
    }

    [Fact]
    public void Render_TemplateBrokenAfterAGoodRender_IsReportedNotFilledFromTheKeptOne()
    {
        var template = Write(_run.File("broken-memo.docx"), P("Total {{ totals.investments | money }}"));
        _run.RenderOk(Some.BusyWeek(), template, "good");

        File.Delete(template);
        Write(template, P("Total {{ totals.invested | money }}"));
        var result = _run.Render(Some.BusyWeek(), template, "bad");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Message.Contains("totals.invested", StringComparison.Ordinal));
        Assert.False(File.Exists(_run.File("bad.docx")));
    }

    [Fact]
    public void Render_ManyAtOnceFromOneTemplate_AllWriteTheSameMemo()
    {
        // Given one template and one pack, rendered once
        var template = _run.File("shared-memo.docx");
        File.Copy(MemoRun.ShippedTemplate, template);
        var pack = Some.BusyWeek();
        var expected = File.ReadAllBytes(_run.RenderOk(pack, template, "alone"));

        // When eight renders run at once (one borrows the kept template, the others scan their own)
        var outputs = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(8).Select(i => _run.RenderOk(pack, template, $"parallel-{i}")).ToList();

        // Then all of them wrote the same memo
        Assert.All(outputs, o => Assert.Equal(expected, File.ReadAllBytes(o)));
    }

    [Fact]
    public void Render_TextBoxTemplateTwice_FillsTheBoxBothTimes()
    {
        // A part the SDK reads (a paragraph in a text box) is scanned for every render, never kept
        var template = Write(_run.File("box-memo.docx"),
            "<w:p><w:r><w:pict><v:shape id=\"b\"><v:textbox><w:txbxContent><w:p><w:r><w:t>{{ week.label }}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>");

        foreach (var name in new[] { "box-1", "box-2" })
        {
            using var zip = ZipFile.OpenRead(_run.RenderOk(Some.BusyWeek(), template, name));
            using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
            var xml = reader.ReadToEnd();
            Assert.Contains(Some.BusyWeek().Week.Label, xml, StringComparison.Ordinal);
            Assert.DoesNotContain("{{", xml, StringComparison.Ordinal);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _run.Dispose();
}
