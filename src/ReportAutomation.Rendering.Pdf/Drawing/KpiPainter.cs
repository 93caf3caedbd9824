using ReportAutomation.Rendering.Pdf.Text;
using SkiaSharp;

namespace ReportAutomation.Rendering.Pdf.Drawing;

/// <summary>Key figures as tiles, up to four per row: big value, label, a week-over-week delta with an arrow, and a note.</summary>
internal static class KpiPainter
{
    /// <summary>Draws the tiles into the slide's body.</summary>
    public static void Draw(SKCanvas canvas, DeckContext deck, IReadOnlyList<KpiTile> tiles)
    {
        var body = deck.Body;
        var perRow = tiles.Count <= 4 ? tiles.Count : (tiles.Count + 1) / 2;
        var rows = (tiles.Count + perRow - 1) / perRow;
        const float gap = 18;
        var width = (body.Width - (gap * (perRow - 1))) / perRow;
        var height = Math.Min(190, (body.Height - (gap * (rows - 1))) / rows);
        for (var i = 0; i < tiles.Count; i++)
        {
            var x = body.Left + ((i % perRow) * (width + gap));
            var y = body.Top + 10 + ((i / perRow) * (height + gap));
            DrawTile(canvas, deck, tiles[i], new SKRect(x, y, x + width, y + height));
        }
    }

    private static void DrawTile(SKCanvas canvas, DeckContext deck, KpiTile tile, SKRect box)
    {
        var theme = deck.Theme;
        Paints.Fill(canvas, box, theme.Tint, 10);
        Paints.Fill(canvas, new SKRect(box.Left, box.Top + 14, box.Left + 5, box.Bottom - 14), theme.Accent, 2);
        var inner = box.Width - 40;
        var valueStyle = new TextStyle(box.Width < 190 ? 26 : 32, true, theme.Primary);
        var y = box.Top + 22 + valueStyle.Size;
        deck.Text.Draw(canvas, TextWrapper.Fit(deck.Text, tile.Value, valueStyle, inner), box.Left + 20, y, valueStyle);
        var label = deck.Style(13);
        foreach (var line in TextWrapper.Wrap(deck.Text, tile.Label, label, inner, 2).Lines)
        {
            y += label.LineHeight;
            deck.Text.Draw(canvas, line, box.Left + 20, y + 4, label);
        }

        y += 10;
        if (tile.Delta is { } delta || !string.IsNullOrWhiteSpace(tile.DeltaText))
        {
            var sign = tile.Delta is { } d ? Math.Sign(d) : 0;
            var colour = sign > 0 ? theme.Positive : sign < 0 ? theme.Negative : theme.Muted;
            var style = new TextStyle(13, true, colour);
            y += style.LineHeight;
            var x = box.Left + 20;
            if (sign != 0)
            {
                Paints.Triangle(canvas, x, y - 10, 10, sign > 0, colour);
                x += 15;
            }

            var text = tile.DeltaText ?? (tile.Delta is { } value ? value.ToString("+0.0%;-0.0%;0%", deck.Culture) : string.Empty);
            deck.Text.Draw(canvas, TextWrapper.Fit(deck.Text, text, style, box.Right - 20 - x), x, y, style);
        }

        var note = deck.Muted(10.5f);
        var room = (int)((box.Bottom - 12 - y) / note.LineHeight);
        foreach (var line in TextWrapper.Wrap(deck.Text, tile.Note, note, inner, Math.Max(room, 0)).Lines)
        {
            y += note.LineHeight;
            deck.Text.Draw(canvas, line, box.Left + 20, y + 2, note);
        }
    }
}
