using System.Text.RegularExpressions;
using ReportAutomation.Rendering.Pdf.Output;
using ReportAutomation.Rendering.Pdf.Text;
using ReportAutomation.TestKit;
using SkiaSharp;

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

    [Fact]
    public void Apply_TwoFacesOfTheSameLength_EachEmbeddedFontGetsItsOwnSubset()
    {
        // Given two different fonts of the same byte length (a copy with one header byte changed), each drawing other letters
        var original = ShippedFont("NotoSans-Regular.ttf");
        var altered = (byte[])original.Clone();
        altered[HeadTableOffset(altered) + 8] ^= 0x5A; // checksumAdjustment: the font still loads, its bytes differ
        using var first = FontFace.FromBytes("first", original)!;
        using var second = FontFace.FromBytes("second", altered)!;
        var pdf = Path.Combine(_run.Folder, "two-faces.pdf");
        using (var stream = new SKFileWStream(pdf))
        using (var document = SKDocument.CreatePdf(stream))
        {
            var canvas = document.BeginPage(400, 200);
            Draw(canvas, first, "abc", 50);
            Draw(canvas, second, "WXYZ 0123456789", 120);
            document.EndPage();
            document.Close();
        }

        // When the fonts are cut down to what each drew
        var prepared = PdfFontSubsetter.Prepare([first, second]);
        PdfFontSubsetter.Apply(pdf, prepared);

        // Then each embedded font program has the length of its own face's subset (matched by content, not by length)
        var lengths = FontProgramLength().Matches(File.ReadAllText(pdf, System.Text.Encoding.Latin1)).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(prepared.Select(p => p.SubsetLength).Order().ToList(), lengths);
        Assert.NotEqual(prepared[0].SubsetLength, prepared[1].SubsetLength);
    }

    public void Dispose() => _run.Dispose();

    private static void Draw(SKCanvas canvas, FontFace face, string text, float y)
    {
        using var font = new SKFont(face.Typeface, 24);
        using var paint = new SKPaint { Color = SKColors.Black };
        var glyphs = font.GetGlyphs(text);
        face.MarkUsed(glyphs);
        canvas.DrawText(text, 20, y, SKTextAlign.Left, font, paint);
    }

    private static byte[] ShippedFont(string file)
    {
        using var stream = typeof(PdfDeckRenderer).Assembly.GetManifestResourceStream("ReportAutomation.Rendering.Pdf.Fonts." + file)!;
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    // Where the 'head' table starts, from the font's table directory (big-endian records of tag, checksum, offset, length).
    private static int HeadTableOffset(byte[] font)
    {
        var tables = System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < tables; i++)
        {
            var record = 12 + (i * 16);
            if (font.AsSpan(record, 4).SequenceEqual("head"u8))
            {
                return (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8));
            }
        }

        throw new InvalidDataException("no head table");
    }

    [GeneratedRegex(@"/Length1 (\d+)")]
    private static partial Regex FontProgramLength();
}
