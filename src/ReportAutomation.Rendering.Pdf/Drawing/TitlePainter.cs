using ReportAutomation.Rendering.Pdf.Text;
using SkiaSharp;

namespace ReportAutomation.Rendering.Pdf.Drawing;

/// <summary>The cover: the primary colour, a big title, subtitle and the logo.</summary>
internal static class TitlePainter
{
    /// <summary>Draws the cover slide.</summary>
    public static void Draw(SKCanvas canvas, DeckContext deck, string? title, string? subtitle, string? text, string? footer, int number)
    {
        var page = deck.Page;
        var theme = deck.Theme;
        canvas.Clear(theme.Primary);
        Paints.Fill(canvas, new SKRect(0, page.Height - 12, page.Width, page.Height), theme.Accent);
        SlideChrome.DrawLogo(canvas, deck, new SKRect(page.Width - DeckContext.Margin - 160, 36, page.Width - DeckContext.Margin, 84));
        var width = page.Width - (2 * DeckContext.Margin) - 80;
        var titleStyle = new TextStyle(40, true, theme.Background);
        var titleBlock = TextWrapper.Wrap(deck.Text, title, titleStyle, width, 3);
        var y = (page.Height * 0.42f) - (titleBlock.Height / 2);
        foreach (var line in titleBlock.Lines)
        {
            y += titleStyle.LineHeight;
            deck.Text.Draw(canvas, line, DeckContext.Margin + 20, y - (titleStyle.Size * 0.3f), titleStyle);
        }

        var subtitleStyle = new TextStyle(20, false, DeckThemeColours.OnPrimary(theme));
        foreach (var line in TextWrapper.Wrap(deck.Text, subtitle, subtitleStyle, width, 2).Lines)
        {
            y += subtitleStyle.LineHeight + 6;
            deck.Text.Draw(canvas, line, DeckContext.Margin + 20, y, subtitleStyle);
        }

        var small = new TextStyle(13, false, DeckThemeColours.OnPrimary(theme));
        foreach (var line in TextWrapper.Wrap(deck.Text, text, small, width, 4).Lines)
        {
            y += small.LineHeight + 4;
            deck.Text.Draw(canvas, line, DeckContext.Margin + 20, y, small);
        }

        SlideChrome.DrawFooter(canvas, deck, footer, number, DeckThemeColours.OnPrimary(theme));
    }
}
