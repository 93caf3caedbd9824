using ReportAutomation.Rendering.Pdf.Text;
using SkiaSharp;

namespace ReportAutomation.Rendering.Pdf.Drawing;

/// <summary>Bullet points that wrap; what does not fit in the body ends in an ellipsis.</summary>
internal static class BulletsPainter
{
    /// <summary>Draws <paramref name="bullets"/> (and an optional paragraph under them) into the slide's body.</summary>
    public static void Draw(SKCanvas canvas, DeckContext deck, IReadOnlyList<string> bullets, string? text)
    {
        var body = deck.Body;
        var style = deck.Style(18);
        var y = body.Top + 8;
        foreach (var bullet in bullets)
        {
            var room = (int)((body.Bottom - y) / style.LineHeight);
            if (room < 1)
            {
                break;
            }

            var block = TextWrapper.Wrap(deck.Text, bullet, style, body.Width - 28, room);
            Paints.Fill(canvas, new SKRect(body.Left + 4, y + 8, body.Left + 11, y + 15), deck.Theme.Accent, 3.5f);
            foreach (var line in block.Lines)
            {
                y += style.LineHeight;
                deck.Text.Draw(canvas, line, body.Left + 28, y - 4, style);
            }

            y += 12;
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            var muted = deck.Muted(13);
            var room = (int)((body.Bottom - y) / muted.LineHeight);
            foreach (var line in TextWrapper.Wrap(deck.Text, text, muted, body.Width, Math.Max(room, 0)).Lines)
            {
                y += muted.LineHeight;
                deck.Text.Draw(canvas, line, body.Left, y, muted);
            }
        }
    }
}
