using ReportAutomation.Core.Model;
using SkiaSharp;

namespace ReportAutomation.Benchmarks.Deck;

/// <summary>
/// The floor: the same pages drawn straight on SkiaSharp (same fonts, same page size, same number of pages, comparable
/// text and shapes) with no template, no shaping, no wrapping or measuring.
/// </summary>
internal static class RawSkiaDeck
{
    public static int Write(WeeklyPack pack, string output, string fontFolder)
    {
        using var regular = SKTypeface.FromFile(Path.Combine(fontFolder, "NotoSans-Regular.ttf"));
        using var bold = SKTypeface.FromFile(Path.Combine(fontFolder, "NotoSans-Bold.ttf"));
        using var titleFont = new SKFont(bold, 26);
        using var bodyFont = new SKFont(regular, 10.5f);
        using var ink = new SKPaint { Color = new SKColor(0x1F, 0x29, 0x37), IsAntialias = true };
        using var fill = new SKPaint { Color = new SKColor(0xEE, 0xF0, 0xF4), IsAntialias = true };
        using var stream = new SKFileWStream(output);
        using var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Title = "raw", Creation = pack.GeneratedAt.UtcDateTime, Modified = pack.GeneratedAt.UtcDateTime });
        var pages = 0;
        void Page(string title, IEnumerable<string> lines)
        {
            var canvas = document.BeginPage(960, 540);
            canvas.Clear(SKColors.White);
            canvas.DrawRect(0, 0, 8, 540, fill);
            canvas.DrawText(title, 40, 62, titleFont, ink);
            var y = 120f;
            foreach (var line in lines)
            {
                canvas.DrawRoundRect(new SKRect(40, y - 12, 920, y + 4), 4, 4, fill);
                canvas.DrawText(line, 48, y, bodyFont, ink);
                y += 26;
            }

            canvas.DrawText($"{pack.Name} · {pack.Week.Label} · bench        {++pages}", 40, 518, bodyFont, ink);
            document.EndPage();
        }

        Page("Bench deck", [pack.Week.Label]);
        Page("Investments by investor", pack.TotalsByInvestor.Select(t => $"{t.Key} {t.Amount:N0}"));
        foreach (var a in pack.Articles)
        {
            Page(a.Title, [$"Sentiment {a.Sentiment.Score:F2}", $"Words {a.WordCount}", $"Site {a.Site} {a.Published}"]);
        }

        foreach (var chunk in pack.Articles.Chunk(3))
        {
            Page("Coverage", chunk.SelectMany(a => new[] { a.Title, a.Site ?? string.Empty, a.Summary[..Math.Min(150, a.Summary.Length)], a.Summary[^Math.Min(150, a.Summary.Length)..] }));
        }

        foreach (var chunk in pack.Investments.Chunk(14))
        {
            Page("Investments", chunk.Select(x => $"{x.Date:yyyy-MM-dd}   {x.Investor}   {x.Target}   {x.Amount:N0}"));
        }

        document.Close();
        return pages;
    }
}
