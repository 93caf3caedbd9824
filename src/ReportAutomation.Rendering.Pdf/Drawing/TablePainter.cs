using ReportAutomation.Rendering.Pdf.Template;
using ReportAutomation.Rendering.Pdf.Text;
using SkiaSharp;

namespace ReportAutomation.Rendering.Pdf.Drawing;

/// <summary>
/// A table that paginates: the header row is repeated on every page, rows are never split, cells wrap to at most three
/// lines (then end in an ellipsis), and a new page is asked for whenever the next row does not fit.
/// </summary>
internal sealed class TablePainter(DeckContext deck, IReadOnlyList<string> headers, IReadOnlyList<ColumnAlign> aligns, IReadOnlyList<float> weights, float reserve)
{
    private const float Padding = 6;
    private const int MaxLinesPerCell = 3;

    private readonly TextStyle _header = new(11, true, deck.Theme.Background);
    private readonly TextStyle _cell = deck.Style(10.5f);

    /// <summary>Draws <paramref name="rows"/>; <paramref name="newPage"/> starts a page (true: a continuation) and returns its canvas; <paramref name="endPage"/> ends it. Returns the rows drawn.</summary>
    public int Draw(IEnumerable<IReadOnlyList<string>> rows, Func<bool, SKCanvas> newPage, Action endPage, string? empty)
    {
        var body = deck.Body;
        body.Bottom -= reserve;
        var widths = Widths(body.Width);
        SKCanvas? canvas = null;
        float y = 0;
        var count = 0;
        foreach (var row in rows)
        {
            var cells = row.Select((text, i) => TextWrapper.Wrap(deck.Text, text, _cell, widths[i] - (2 * Padding), MaxLinesPerCell)).ToList();
            var height = (cells.Max(c => Math.Max(c.Lines.Count, 1)) * _cell.LineHeight) + (2 * Padding);
            if (canvas is null || y + height > body.Bottom)
            {
                if (canvas is not null)
                {
                    endPage();
                }

                canvas = newPage(count > 0);
                y = DrawHeader(canvas, body, widths);
            }

            if (count % 2 == 1)
            {
                Paints.Fill(canvas, new SKRect(body.Left, y, body.Right, y + height), deck.Theme.Tint);
            }

            DrawRow(canvas, cells, widths, body.Left, y);
            y += height;
            Paints.Line(canvas, body.Left, y, body.Right, y, deck.Theme.Rule, 0.5f);
            count++;
        }

        if (canvas is null)
        {
            canvas = newPage(false);
            y = DrawHeader(canvas, body, widths);
            var style = deck.Muted(13);
            deck.Text.Draw(canvas, TextWrapper.Fit(deck.Text, empty ?? "Nothing this week.", style, body.Width), body.Left + Padding, y + 28, style);
        }

        endPage();
        return count;
    }

    private float[] Widths(float total)
    {
        var sum = weights.Sum();
        return [.. weights.Select(w => total * w / sum)];
    }

    private float DrawHeader(SKCanvas canvas, SKRect body, float[] widths)
    {
        var height = (_header.LineHeight * 2) + (2 * Padding);
        Paints.Fill(canvas, new SKRect(body.Left, body.Top, body.Right, body.Top + height), deck.Theme.Primary);
        var cells = headers.Select((h, i) => TextWrapper.Wrap(deck.Text, h, _header, widths[i] - (2 * Padding), 2)).ToList();
        var lines = cells.Max(c => Math.Max(c.Lines.Count, 1));
        var top = body.Top + ((height - (lines * _header.LineHeight)) / 2) - Padding;
        DrawRow(canvas, cells, widths, body.Left, top);
        return body.Top + height;
    }

    private void DrawRow(SKCanvas canvas, IReadOnlyList<TextBlock> cells, float[] widths, float x, float y)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            var block = cells[i];
            var baseline = y + Padding;
            foreach (var line in block.Lines)
            {
                baseline += block.Style.LineHeight;
                var width = deck.Text.Width(line, block.Style);
                var left = aligns[i] switch
                {
                    ColumnAlign.Right => x + widths[i] - Padding - width,
                    ColumnAlign.Center => x + ((widths[i] - width) / 2),
                    _ => x + Padding,
                };
                deck.Text.Draw(canvas, line, left, baseline - (block.Style.Size * 0.3f), block.Style);
            }

            x += widths[i];
        }
    }
}
