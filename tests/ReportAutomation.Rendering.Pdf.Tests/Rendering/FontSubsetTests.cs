using System.Text.RegularExpressions;
using ReportAutomation.TestKit;

namespace ReportAutomation.Rendering.Pdf.Tests.Rendering;

public sealed partial class FontSubsetTests : IDisposable
{
    private const int ShippedRegularFontBytes = 512_672;

    private readonly DeckRun _run = new();

    [Fact]
    public void Render_ShippedTemplate_EmbedsFontSubsetsNotWholeFonts()
    {
        // Given the shipped deck drawn for a busy week
        var qpdf = ExternalTool.Require("qpdf", "qpdf");
        var pdf = _run.RenderOk(Some.BusyWeek(), DeckRun.ShippedTemplate);

        // When qpdf (an independent reader) expands the file
        var expanded = Path.Combine(_run.Folder, "expanded.pdf");
        var qdf = ExternalTool.Run(qpdf, ["--qdf", "--object-streams=disable", pdf, expanded]);

        // Then every embedded font program is a small fraction of the 500 KB font it came from, and the file is small
        Assert.True(qdf.ExitCode == 0, qdf.Error);
        var lengths = FontProgramLength().Matches(File.ReadAllText(expanded, System.Text.Encoding.Latin1)).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(lengths);
        Assert.All(lengths, length => Assert.True(length < ShippedRegularFontBytes / 4, $"a font program of {length:N0} bytes"));
        Assert.True(new FileInfo(pdf).Length < 250_000, $"{new FileInfo(pdf).Length:N0} bytes");
    }

    [Fact]
    public void Render_SubsetFonts_StillDrawEveryLetterAndPassTheCheck()
    {
        // Given a deck whose text mixes Latin, typographic punctuation and an Arabic fallback run
        var qpdf = ExternalTool.Require("qpdf", "qpdf");
        var pack = Some.Pack(articles: [Some.Article(title: "Zephyr’s “quiet” Q3 — café في السوق 0123456789")]);
        var template = _run.Template(Decks.Slide(Decks.TitleCards));

        // When it is drawn
        var pdf = _run.RenderOk(pack, template);

        // Then qpdf accepts the rewritten file, the text reads back, and poppler draws every letter as the reviewed image shows it
        var check = ExternalTool.Run(qpdf, ["--check", pdf]);
        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        Assert.Contains("Zephyr’s “quiet” Q3 — café", PdfText.Pages(pdf).Single());
        GoldenImage.AssertPagesMatch(pdf, "scripts", dpi: 72);
    }

    public void Dispose() => _run.Dispose();

    [GeneratedRegex(@"/Length1 (\d+)")]
    private static partial Regex FontProgramLength();
}
