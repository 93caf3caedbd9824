using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Logging.Abstractions;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Pipeline;
using ReportAutomation.TestKit;

namespace ReportAutomation.Rendering.Word.Tests;

/// <summary>Renders memos into a temp folder and reads them back with the OpenXml SDK.</summary>
internal sealed class MemoRun : IDisposable
{
    private readonly TempFolder _folder = new("memo");

    /// <summary>The shipped memo template.</summary>
    public static string ShippedTemplate => Path.Combine(RepoPaths.Templates, "weekly-ir-memo.docx");

    /// <summary>The temp folder.</summary>
    public string Folder => _folder.Path;

    /// <summary>A path in the temp folder.</summary>
    public string File(string name) => _folder.File(name);

    /// <summary>Renders <paramref name="pack"/> with <paramref name="template"/> to <c>NAME.docx</c>.</summary>
    public RenderResult Render(WeeklyPack pack, string template, string name = "memo") =>
        new WordMemoRenderer(NullLogger<WordMemoRenderer>.Instance).Render(pack, new RenderRequest(template, _folder.File(name + ".docx"), CultureInfo.InvariantCulture));

    /// <summary>Renders and asserts success.</summary>
    public string RenderOk(WeeklyPack pack, string template, string name = "memo")
    {
        var result = Render(pack, template, name);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.OutputPath!;
    }

    /// <summary>The body's paragraph texts in reading order (tables row by row, cell by cell).</summary>
    public static List<string> Paragraphs(string docx)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        return [.. document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text)))];
    }

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();
}
