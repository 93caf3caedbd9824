using System.Globalization;
using ReportAutomation.Core.Model;
using SkiaSharp;

namespace ReportAutomation.Benchmarks.Deck;

/// <summary>
/// The floor: the bench template's pages drawn straight on SkiaSharp, as a developer would hand-write them with no
/// template, no layout layer and no HarfBuzz: the same fonts and page size, the same elements on each page (slide
/// chrome, a fitted title, KPI tiles with a coloured delta arrow, article cards with a wrapped title, a link, a badge
/// and a wrapped summary, a zebra table cell by cell with right-aligned amounts and a repeated header, a bar chart),
/// measured with <see cref="SKFont.MeasureText(string, SKPaint)"/> and wrapped greedily word by word.
/// </summary>
internal static class RawSkiaDeck
{
    private const float Width = 960;
    private const float Height = 540;
    private const float Margin = 40;
    private const float BodyTop = 112;
    private const float BodyBottom = Height - 46;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly SKColor Primary = new(0x1F, 0x3A, 0x68);
    private static readonly SKColor Accent = new(0x2E, 0x6D, 0xB4);
    private static readonly SKColor Text = new(0x1F, 0x29, 0x37);
    private static readonly SKColor Muted = new(0x6B, 0x72, 0x80);
    private static readonly SKColor Tint = new(0xEE, 0xF0, 0xF4);
    private static readonly SKColor Rule = new(0xD1, 0xD5, 0xDB);
    private static readonly SKColor Positive = new(0x16, 0x7F, 0x3D);
    private static readonly SKColor Negative = new(0xB9, 0x1C, 0x1C);

    public static int Write(WeeklyPack pack, string output, string fontFolder)
    {
        using var regular = SKTypeface.FromFile(Path.Combine(fontFolder, "NotoSans-Regular.ttf"));
        using var bold = SKTypeface.FromFile(Path.Combine(fontFolder, "NotoSans-Bold.ttf"));
        using var stream = new SKFileWStream(output);
        using var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Title = "raw", Creation = pack.GeneratedAt.UtcDateTime, Modified = pack.GeneratedAt.UtcDateTime });
        using var deck = new Painter(document, regular, bold, $"{pack.Name} · {pack.Week.Label} · bench");

        deck.TitleSlide("Bench deck", pack.Week.Label);
        deck.Chart("Investments by investor", pack.TotalsByInvestor);
        foreach (var a in pack.Articles)
        {
            deck.Kpis(a.Title, [
                (a.Sentiment.Score.ToString("0.00", Inv), "Sentiment", a.Sentiment.Score, null),
                (a.WordCount.ToString(Inv), "Words", null, null),
                (a.Site ?? string.Empty, "Site", null, a.Published?.ToString("d MMM yyyy", Inv))]);
        }

        var first = true;
        foreach (var chunk in pack.Articles.Chunk(3))
        {
            deck.Cards(first ? "Coverage" : "(cont.)", chunk);
            first = false;
        }

        deck.Table("Investments", ["Date", "Investor", "Target", "Amount"], [1, 2, 2, 1],
            pack.Investments.Select(x => new[] { x.Date.ToString("d MMM yyyy", Inv), x.Investor, x.Target, Money(x.Amount) }));
        document.Close();
        return deck.Pages;
    }

    private static string Money(decimal amount) => amount >= 1_000_000_000m
        ? "$" + (amount / 1_000_000_000m).ToString("0.#", Inv) + "B"
        : "$" + (amount / 1_000_000m).ToString("0.#", Inv) + "M";

    private sealed class Painter(SKDocument document, SKTypeface regular, SKTypeface bold, string footer) : IDisposable
    {
        private readonly SKFont _regular = new(regular) { Subpixel = true };
        private readonly SKFont _bold = new(bold) { Subpixel = true };
        private readonly SKPaint _paint = new() { IsAntialias = true };
        private SKCanvas _canvas = null!;

        public int Pages { get; private set; }

        public void TitleSlide(string title, string subtitle)
        {
            Begin();
            _canvas.Clear(Primary);
            Fill(new SKRect(0, Height - 12, Width, Height), Accent);
            var y = (Height * 0.42f) - 25;
            foreach (var line in Wrap(title, _bold, 40, Width - (2 * Margin) - 80, 3))
            {
                y += 50;
                Draw(line, Margin + 20, y - 12, _bold, 40, SKColors.White);
            }

            Draw(subtitle, Margin + 20, y + 31, _regular, 20, new SKColor(0xDD, 0xE3, 0xEE));
            Footer(new SKColor(0xDD, 0xE3, 0xEE));
            End();
        }

        public void Chart(string title, IReadOnlyList<InvestmentTotal> totals)
        {
            Chrome(title);
            var plot = new SKRect(Margin + 70, BodyTop + 20, Width - Margin - 10, BodyBottom - 60);
            var max = (float)Math.Max(1m, totals.Count == 0 ? 1m : totals.Max(t => t.Amount));
            for (var i = 0; i <= 4; i++)
            {
                var y = plot.Bottom - (plot.Height * i / 4);
                Line(plot.Left, y, plot.Right, y, Rule, 0.5f);
                var label = Money((decimal)(max * i / 4));
                Draw(label, plot.Left - 8 - Measure(label, _regular, 9), y + 3.5f, _regular, 9, Muted);
            }

            var slot = plot.Width / Math.Max(1, totals.Count);
            for (var i = 0; i < totals.Count; i++)
            {
                var height = plot.Height * (float)totals[i].Amount / max;
                var x = plot.Left + (i * slot);
                Fill(new SKRect(x + (slot * 0.15f), plot.Bottom - height, x + (slot * 0.85f), plot.Bottom), Accent, 2);
                var value = Money(totals[i].Amount);
                Draw(value, x + ((slot - Measure(value, _regular, 8)) / 2), plot.Bottom - height - 4, _regular, 8, Text);
                var name = Fit(totals[i].Key, _regular, 8, slot - 2);
                Draw(name, x + ((slot - Measure(name, _regular, 8)) / 2), plot.Bottom + 14, _regular, 8, Text);
            }

            Line(plot.Left, plot.Bottom, plot.Right, plot.Bottom, Muted, 1);
            End();
        }

        public void Kpis(string title, (string Value, string Label, double? Delta, string? Note)[] tiles)
        {
            Chrome(title);
            const float gap = 18;
            var width = (Width - (2 * Margin) - (gap * (tiles.Length - 1))) / tiles.Length;
            for (var i = 0; i < tiles.Length; i++)
            {
                var box = new SKRect(Margin + (i * (width + gap)), BodyTop + 10, Margin + (i * (width + gap)) + width, BodyTop + 200);
                var (value, label, delta, note) = tiles[i];
                Fill(box, Tint, 10);
                Fill(new SKRect(box.Left, box.Top + 14, box.Left + 5, box.Bottom - 14), Accent, 2);
                var y = box.Top + 54;
                Draw(Fit(value, _bold, 32, box.Width - 40), box.Left + 20, y, _bold, 32, Primary);
                y += 16.25f;
                Draw(label, box.Left + 20, y + 4, _regular, 13, Text);
                y += 10;
                if (delta is { } d)
                {
                    var colour = d > 0 ? Positive : d < 0 ? Negative : Muted;
                    y += 16.25f;
                    var x = box.Left + 20;
                    if (d != 0)
                    {
                        using var arrow = new SKPath();
                        var top = y - 10;
                        arrow.MoveTo(x, d > 0 ? top + 10 : top);
                        arrow.LineTo(x + 10, d > 0 ? top + 10 : top);
                        arrow.LineTo(x + 5, d > 0 ? top : top + 10);
                        arrow.Close();
                        _paint.Color = colour;
                        _canvas.DrawPath(arrow, _paint);
                        x += 15;
                    }

                    Draw(d.ToString("+0.0%;-0.0%;0%", Inv), x, y, _bold, 13, colour);
                }

                if (note is not null)
                {
                    Draw(note, box.Left + 20, y + 15, _regular, 10.5f, Muted);
                }
            }

            End();
        }

        public void Cards(string title, Article[] articles)
        {
            Chrome(title);
            const float gap = 16;
            var width = (Width - (2 * Margin) - (gap * 2)) / 3;
            for (var i = 0; i < articles.Length; i++)
            {
                var a = articles[i];
                var box = new SKRect(Margin + (i * (width + gap)), BodyTop, Margin + (i * (width + gap)) + width, BodyBottom);
                var left = box.Left + 16;
                var inner = box.Width - 32;
                Fill(box, Tint, 8);
                var y = box.Top + 10;
                var titleTop = y;
                foreach (var line in Wrap(a.Title, _bold, 15, inner, 3))
                {
                    y += 18.75f;
                    Draw(line, left, y - 3, _bold, 15, Primary);
                }

                if (a.Url is not null)
                {
                    using var link = _canvas.DrawUrlAnnotation(new SKRect(left, titleTop, left + inner, y + 2), a.Url);
                }

                y += 14.5f;
                Draw(Fit(a.Site ?? string.Empty, _regular, 10, inner), left, y, _regular, 10, Muted);
                var badge = a.Sentiment.Label;
                var badgeWidth = Measure(badge, _bold, 9.5f) + 16;
                y += 8;
                Fill(new SKRect(left, y, left + badgeWidth, y + 18), a.Sentiment.Score > 0.1 ? Positive : a.Sentiment.Score < -0.1 ? Negative : Muted, 9);
                Draw(badge, left + 8, y + 12.5f, _bold, 9.5f, SKColors.White);
                y += 24;
                var room = (int)((box.Bottom - 20 - y) / 13.125f);
                foreach (var line in Wrap(a.Summary, _regular, 10.5f, inner, room))
                {
                    y += 13.125f;
                    Draw(line, left, y, _regular, 10.5f, Text);
                }
            }

            End();
        }

        public void Table(string title, string[] headers, float[] weights, IEnumerable<string[]> rows)
        {
            var widths = weights.Select(w => (Width - (2 * Margin)) * w / weights.Sum()).ToArray();
            const float padding = 6;
            const float rowHeight = 13.125f + (2 * padding);
            float y = 0;
            var count = 0;
            var open = false;
            foreach (var row in rows)
            {
                if (!open || y + rowHeight > BodyBottom)
                {
                    if (open)
                    {
                        End();
                    }

                    Chrome(count > 0 ? title + " (cont.)" : title);
                    open = true;
                    var headerHeight = 27.5f + (2 * padding);
                    Fill(new SKRect(Margin, BodyTop, Width - Margin, BodyTop + headerHeight), Primary);
                    var hx = Margin;
                    for (var i = 0; i < headers.Length; i++)
                    {
                        var hw = Measure(headers[i], _bold, 11);
                        Draw(headers[i], i == headers.Length - 1 ? hx + widths[i] - padding - hw : hx + padding, BodyTop + (headerHeight / 2) + 4, _bold, 11, SKColors.White);
                        hx += widths[i];
                    }

                    y = BodyTop + headerHeight;
                }

                if (count % 2 == 1)
                {
                    Fill(new SKRect(Margin, y, Width - Margin, y + rowHeight), Tint);
                }

                var x = Margin;
                for (var i = 0; i < row.Length; i++)
                {
                    var cell = Fit(row[i], _regular, 10.5f, widths[i] - (2 * padding));
                    var left = i == row.Length - 1 ? x + widths[i] - padding - Measure(cell, _regular, 10.5f) : x + padding;
                    Draw(cell, left, y + padding + 13.125f - 3.15f, _regular, 10.5f, Text);
                    x += widths[i];
                }

                y += rowHeight;
                Line(Margin, y, Width - Margin, y, Rule, 0.5f);
                count++;
            }

            if (open)
            {
                End();
            }
        }

        public void Dispose()
        {
            _regular.Dispose();
            _bold.Dispose();
            _paint.Dispose();
        }

        private void Begin()
        {
            _canvas = document.BeginPage(Width, Height);
            Pages++;
            using var name = _canvas.DrawNamedDestinationAnnotation(new SKPoint(0, 0), "slide-" + Pages.ToString(Inv));
        }

        private void End() => document.EndPage();

        private void Chrome(string title)
        {
            Begin();
            _canvas.Clear(SKColors.White);
            Fill(new SKRect(0, 0, 8, Height), Primary);
            Draw(Fit(title, _bold, 26, Width - (2 * Margin)), Margin, 62, _bold, 26, Primary);
            Footer(Muted);
        }

        private void Footer(SKColor colour)
        {
            var y = Height - 22;
            Line(Margin, y - 14, Width - Margin, y - 14, colour, 0.5f);
            var number = Pages.ToString(Inv);
            var numberWidth = Measure(number, _regular, 9);
            Draw(number, Width - Margin - numberWidth, y, _regular, 9, colour);
            Draw(Fit(footer, _regular, 9, Width - (2 * Margin) - numberWidth - 24), Margin, y, _regular, 9, colour);
        }

        private void Draw(string text, float x, float y, SKFont font, float size, SKColor colour)
        {
            font.Size = size;
            _paint.Color = colour;
            _canvas.DrawText(text, x, y, font, _paint);
        }

        private void Fill(SKRect box, SKColor colour, float radius = 0)
        {
            _paint.Color = colour;
            _paint.Style = SKPaintStyle.Fill;
            if (radius > 0)
            {
                _canvas.DrawRoundRect(box, radius, radius, _paint);
            }
            else
            {
                _canvas.DrawRect(box, _paint);
            }
        }

        private void Line(float x0, float y0, float x1, float y1, SKColor colour, float width)
        {
            _paint.Color = colour;
            _paint.StrokeWidth = width;
            _paint.Style = SKPaintStyle.Stroke;
            _canvas.DrawLine(x0, y0, x1, y1, _paint);
            _paint.Style = SKPaintStyle.Fill;
        }

        private static float Measure(string text, SKFont font, float size)
        {
            font.Size = size;
            return font.MeasureText(text);
        }

        // One line: as much of the text as fits, ending in an ellipsis when cut (Skia finds the cut in one call).
        private static string Fit(string text, SKFont font, float size, float width)
        {
            if (Measure(text, font, size) <= width)
            {
                return text;
            }

            var cut = font.BreakText(text, Math.Max(0, width - font.MeasureText("…")), out _);
            return string.Concat(text.AsSpan(0, cut).TrimEnd(), "…");
        }

        // Greedy word wrap; the last allowed line ends in an ellipsis when text is left over.
        private static List<string> Wrap(string text, SKFont font, float size, float width, int maxLines)
        {
            var lines = new List<string>();
            var space = Measure(" ", font, size);
            var line = string.Empty;
            var lineWidth = 0f;
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < words.Length; i++)
            {
                var w = Measure(words[i], font, size);
                if (line.Length == 0)
                {
                    (line, lineWidth) = (words[i], w);
                    continue;
                }

                if (lineWidth + space + w <= width)
                {
                    (line, lineWidth) = (line + " " + words[i], lineWidth + space + w);
                    continue;
                }

                if (lines.Count == maxLines - 1)
                {
                    lines.Add(Fit(line + " " + words[i] + "…", font, size, width));
                    return lines;
                }

                lines.Add(line);
                line = words[i];
                lineWidth = w;
            }

            if (line.Length > 0 && lines.Count < maxLines)
            {
                lines.Add(line);
            }

            return lines;
        }
    }
}
