using ReportAutomation.Rendering.Pdf.Text;
using SkiaSharp;

namespace ReportAutomation.Rendering.Pdf.Drawing;

/// <summary>What every content slide has: background, title and subtitle, logo, footer text and slide number.</summary>
internal static class SlideChrome
{
    /// <summary>Draws the frame of a content slide.</summary>
    public static void Draw(SKCanvas canvas, DeckContext deck, string? title, string? subtitle, string? footer, int number)
    {
        var page = deck.Page;
        var theme = deck.Theme;
        canvas.Clear(theme.Background);
        Paints.Fill(canvas, new SKRect(0, 0, 8, page.Height), theme.Primary);
        var logoWidth = DrawLogo(canvas, deck, new SKRect(page.Width - DeckContext.Margin - 120, 30, page.Width - DeckContext.Margin, 62));
        var titleWidth = page.Width - (2 * DeckContext.Margin) - (logoWidth > 0 ? logoWidth + 16 : 0);
        var titleStyle = new TextStyle(26, true, theme.Primary);
        deck.Text.Draw(canvas, TextWrapper.Fit(deck.Text, title, titleStyle, titleWidth), DeckContext.Margin, 62, titleStyle);
        if (!string.IsNullOrWhiteSpace(subtitle))
        {
            var style = deck.Muted(14);
            deck.Text.Draw(canvas, TextWrapper.Fit(deck.Text, subtitle, style, titleWidth), DeckContext.Margin, 88, style);
        }

        DrawFooter(canvas, deck, footer, number);
    }

    /// <summary>The footer line, footer text and slide number (also on the title slide, in the given colour).</summary>
    public static void DrawFooter(SKCanvas canvas, DeckContext deck, string? footer, int number, SKColor? colour = null)
    {
        var page = deck.Page;
        var style = new TextStyle(9, false, colour ?? deck.Theme.Muted);
        var y = page.Height - 22;
        Paints.Line(canvas, DeckContext.Margin, y - 14, page.Width - DeckContext.Margin, y - 14, colour ?? deck.Theme.Rule, 0.5f);
        var numberText = number.ToString(deck.Culture);
        var numberWidth = deck.Text.Width(numberText, style);
        deck.Text.Draw(canvas, numberText, page.Width - DeckContext.Margin - numberWidth, y, style);
        if (!string.IsNullOrWhiteSpace(footer))
        {
            deck.Text.Draw(canvas, TextWrapper.Fit(deck.Text, footer, style, page.Width - (2 * DeckContext.Margin) - numberWidth - 24), DeckContext.Margin, y, style);
        }
    }

    /// <summary>Draws the logo fitted into <paramref name="box"/>, right-aligned; returns the width used.</summary>
    public static float DrawLogo(SKCanvas canvas, DeckContext deck, SKRect box)
    {
        if (deck.Logo is not { } logo || logo.Width == 0 || logo.Height == 0)
        {
            return 0;
        }

        var scale = Math.Min(box.Width / logo.Width, box.Height / logo.Height);
        var width = logo.Width * scale;
        var height = logo.Height * scale;
        var target = new SKRect(box.Right - width, box.Top + ((box.Height - height) / 2), box.Right, box.Top + ((box.Height + height) / 2));
        canvas.DrawImage(logo, target, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
        return width;
    }
}
