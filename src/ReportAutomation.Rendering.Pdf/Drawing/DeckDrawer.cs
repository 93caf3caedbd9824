using ReportAutomation.Core.Templates;
using ReportAutomation.Rendering.Pdf.Compiled;
using ReportAutomation.Rendering.Pdf.Template;
using ReportAutomation.Rendering.Pdf.Text;
using SkiaSharp;

namespace ReportAutomation.Rendering.Pdf.Drawing;

/// <summary>Fills each slide of a checked deck for the pack and draws it, page by page, as it goes.</summary>
internal sealed class DeckDrawer(DeckContext deck, PageSink pages, CompiledDeck template, CancellationToken cancellationToken)
{
    private const float DisclaimerHeight = 64;

    private string? _footer;

    /// <summary>Draws every slide (repeated and conditional ones as the data says).</summary>
    public void Draw(TemplateScope root)
    {
        _footer = template.Footer?.Render(root);
        foreach (var slide in template.Slides)
        {
            if (slide.When is { } when && !when.Holds(root))
            {
                continue;
            }

            foreach (var scope in slide.Repeat is { } repeat ? repeat.Scopes(root) : [root])
            {
                cancellationToken.ThrowIfCancellationRequested();
                DrawSlide(slide, scope);
            }
        }
    }

    private void DrawSlide(CompiledSlide slide, TemplateScope scope)
    {
        var title = slide.Title?.Render(scope) ?? slide.Chart?.Title ?? string.Empty;
        var subtitle = slide.Subtitle?.Render(scope);
        switch (slide.Layout)
        {
            case SlideLayout.Title:
                TitlePainter.Draw(pages.Begin(title), deck, title, subtitle, slide.Text?.Render(scope), _footer, pages.Count);
                pages.End();
                break;
            case SlideLayout.Bullets:
                var bullets = slide.Bullets.Select(b => b.Render(scope)).Where(b => b.Length > 0).ToList();
                BulletsPainter.Draw(Content(title, subtitle), deck, bullets, slide.Text?.Render(scope));
                pages.End();
                break;
            case SlideLayout.Kpis:
                KpiPainter.Draw(Content(title, subtitle), deck, [.. slide.Tiles.Select(t => Tile(t, scope))]);
                pages.End();
                break;
            case SlideLayout.Chart:
                var data = slide.Chart!.For(deck.Pack);
                var currency = deck.Pack.TotalsByCurrency.FirstOrDefault()?.Currency ?? "USD";
                var canvas = Content(title, subtitle);
                ChartPainter.Draw(canvas, deck, data, currency, deck.Body);
                pages.End();
                break;
            case SlideLayout.Table or SlideLayout.Issues or SlideLayout.Sources:
                DrawTable(slide, scope, title, subtitle);
                break;
            case SlideLayout.Articles:
                DrawCards(slide, scope, title, subtitle);
                break;
        }
    }

    private SKCanvas Content(string title, string? subtitle)
    {
        var canvas = pages.Begin(title);
        SlideChrome.Draw(canvas, deck, title, subtitle, _footer, pages.Count);
        return canvas;
    }

    private void DrawTable(CompiledSlide slide, TemplateScope scope, string title, string? subtitle)
    {
        var footnote = slide.Layout == SlideLayout.Sources ? slide.Text?.Render(scope) : null;
        var painter = new TablePainter(
            deck, [.. slide.Columns.Select(c => c.Header)], [.. slide.Columns.Select(c => c.Align)], [.. slide.Columns.Select(c => c.Width)], footnote is null ? 0 : DisclaimerHeight);
        var rows = slide.Rows!.Scopes(scope).Select(row => (IReadOnlyList<string>)[.. slide.Columns.Select(c => c.Value.Render(row))]);
        SKCanvas? current = null;
        painter.Draw(
            rows,
            continued =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                return current = Content(continued ? title + " (cont.)" : title, continued ? null : subtitle);
            },
            () =>
            {
                if (footnote is not null)
                {
                    Disclaimer(current!, footnote);
                }

                pages.End();
            },
            slide.Empty?.Render(scope));
    }

    private void DrawCards(CompiledSlide slide, TemplateScope scope, string title, string? subtitle)
    {
        var batch = new List<ArticleCard>(slide.PerSlide);
        var page = 0;
        foreach (var item in slide.Cards!.Scopes(scope))
        {
            batch.Add(Card(slide.Card!, item));
            if (batch.Count == slide.PerSlide)
            {
                CardsPage(null, title, subtitle, batch, page++, slide.PerSlide);
                batch.Clear();
            }
        }

        if (batch.Count > 0 || page == 0)
        {
            CardsPage(slide.Empty?.Render(scope), title, subtitle, batch, page, slide.PerSlide);
        }
    }

    private void CardsPage(string? empty, string title, string? subtitle, List<ArticleCard> cards, int page, int perSlide)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var canvas = Content(page > 0 ? title + " (cont.)" : title, page > 0 ? null : subtitle);
        if (cards.Count == 0)
        {
            var style = deck.Muted(16);
            deck.Text.Draw(canvas, TextWrapper.Fit(deck.Text, empty ?? "No articles this week.", style, deck.Body.Width), deck.Body.Left, deck.Body.Top + 40, style);
        }

        CardsPainter.Draw(canvas, deck, cards, perSlide);
        pages.End();
    }

    // The sources slide's disclaimer sits under the table on each of its pages, in the space the table leaves free.
    private void Disclaimer(SKCanvas canvas, string text)
    {
        var style = deck.Muted(9.5f);
        var body = deck.Body;
        var y = body.Bottom - DisclaimerHeight + 4;
        Paints.Line(canvas, body.Left, y, body.Left + 120, y, deck.Theme.Rule, 0.5f);
        foreach (var line in TextWrapper.Wrap(deck.Text, text, style, body.Width, (int)((DisclaimerHeight - 8) / style.LineHeight)).Lines)
        {
            y += style.LineHeight;
            deck.Text.Draw(canvas, line, body.Left, y, style);
        }
    }

    private static KpiTile Tile(CompiledTile tile, TemplateScope scope) =>
        new(tile.Value.Render(scope), tile.Label.Render(scope), tile.Delta?.Number(scope), NullIfEmpty(tile.DeltaText?.Render(scope)), NullIfEmpty(tile.Note?.Render(scope)));

    private static ArticleCard Card(CompiledCard card, TemplateScope scope) => new(
        card.Title?.Render(scope) ?? string.Empty,
        LinkValue.SafeUrl(card.Link?.Render(scope)),
        NullIfEmpty(card.Site?.Render(scope)),
        NullIfEmpty(card.Date?.Render(scope)),
        card.Sentiment?.Number(scope),
        NullIfEmpty(card.Badge?.Render(scope)),
        NullIfEmpty(card.Summary?.Render(scope)),
        NullIfEmpty(card.Figures?.Render(scope)));

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
