using ReportAutomation.Rendering.Pdf.Text;
using SkiaSharp;

namespace ReportAutomation.Rendering.Pdf.Drawing;

/// <summary>Article cards side by side (2, 3 or 4 a slide): linked title, site and date, sentiment badge, summary, key figures.</summary>
internal static class CardsPainter
{
    /// <summary>Draws one slide's cards.</summary>
    public static void Draw(SKCanvas canvas, DeckContext deck, IReadOnlyList<ArticleCard> cards, int perSlide)
    {
        var body = deck.Body;
        var columns = perSlide == 4 ? 2 : perSlide;
        var rows = perSlide == 4 ? 2 : 1;
        const float gap = 16;
        var width = (body.Width - (gap * (columns - 1))) / columns;
        var height = (body.Height - (gap * (rows - 1))) / rows;
        for (var i = 0; i < cards.Count; i++)
        {
            var x = body.Left + ((i % columns) * (width + gap));
            var y = body.Top + ((i / columns) * (height + gap));
            DrawCard(canvas, deck, cards[i], new SKRect(x, y, x + width, y + height));
        }
    }

    private static void DrawCard(SKCanvas canvas, DeckContext deck, ArticleCard card, SKRect box)
    {
        var theme = deck.Theme;
        Paints.Fill(canvas, box, theme.Tint, 8);
        var left = box.Left + 16;
        var inner = box.Width - 32;
        var y = box.Top + 10;

        var titleStyle = new TextStyle(box.Height < 220 ? 13 : 15, true, theme.Primary);
        var title = TextWrapper.Wrap(deck.Text, card.Title, titleStyle, inner, 3);
        var titleTop = y;
        foreach (var line in title.Lines)
        {
            y += titleStyle.LineHeight;
            deck.Text.Draw(canvas, line, left, y - 3, titleStyle);
        }

        if (card.Url is not null && title.Lines.Count > 0)
        {
            using var link = canvas.DrawUrlAnnotation(new SKRect(left, titleTop, left + inner, y + 2), card.Url);
        }

        var byline = string.Join(" · ", new[] { card.Site, card.Date }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var muted = deck.Muted(10);
        if (byline.Length > 0)
        {
            y += muted.LineHeight + 2;
            deck.Text.Draw(canvas, TextWrapper.Fit(deck.Text, byline, muted, inner), left, y, muted);
        }

        if (!string.IsNullOrWhiteSpace(card.Badge))
        {
            var colour = DeckThemeColours.Sentiment(theme, card.Sentiment);
            var style = new TextStyle(9.5f, true, theme.Background);
            var text = TextWrapper.Fit(deck.Text, card.Badge, style, inner - 16);
            var width = deck.Text.Width(text, style) + 16;
            y += 8;
            Paints.Fill(canvas, new SKRect(left, y, left + width, y + 18), colour, 9);
            deck.Text.Draw(canvas, text, left + 8, y + 12.5f, style);
            y += 18;
        }

        var figuresStyle = new TextStyle(9.5f, false, theme.Accent);
        var figures = TextWrapper.Wrap(deck.Text, card.Figures, figuresStyle, inner, 2);
        var bottom = box.Bottom - 12 - (figures.Lines.Count > 0 ? figures.Height + 6 : 0);
        var summaryStyle = deck.Style(10.5f);
        var room = (int)((bottom - y - 8) / summaryStyle.LineHeight);
        y += 6;
        foreach (var line in TextWrapper.Wrap(deck.Text, card.Summary, summaryStyle, inner, Math.Max(room, 0)).Lines)
        {
            y += summaryStyle.LineHeight;
            deck.Text.Draw(canvas, line, left, y, summaryStyle);
        }

        var fy = box.Bottom - 12 - figures.Height;
        foreach (var line in figures.Lines)
        {
            fy += figuresStyle.LineHeight;
            deck.Text.Draw(canvas, line, left, fy - 2, figuresStyle);
        }
    }
}
