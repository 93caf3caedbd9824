using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using ReportAutomation.TestKit;

namespace ReportAutomation.Rendering.Word.Tests.Rendering;

public sealed class GoldenMemoTests : IDisposable
{
    // docProps carry the clock and the version: volatile across releases, checked by their own tests.
    private static readonly string[] Volatile = ["docProps/core.xml", "docProps/app.xml"];

    private readonly MemoRun _run = new();

    [Fact]
    public void Render_ShippedTemplate_PartsMatchTheGoldenFile()
    {
        var docx = _run.RenderOk(Some.BusyWeek(), MemoRun.ShippedTemplate);

        var text = new StringBuilder();
        using (var zip = ZipFile.OpenRead(docx))
        {
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) && !Volatile.Contains(e.FullName)).OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                using var stream = entry.Open();
                text.Append("=== ").AppendLine(entry.FullName).AppendLine(XDocument.Load(stream).ToString());
            }
        }

        GoldenFile.AssertMatches(Path.Combine(RepoPaths.Root, "tests", "ReportAutomation.Rendering.Word.Tests", "Golden", "shipped-memo.xml.txt"), text.ToString());
    }

    /// <inheritdoc />
    public void Dispose() => _run.Dispose();
}
