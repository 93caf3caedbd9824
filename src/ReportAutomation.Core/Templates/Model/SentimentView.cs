using ReportAutomation.Core.Model;

namespace ReportAutomation.Core.Templates.Model;

/// <summary>Template view of one sentiment score row.</summary>
internal sealed class SentimentView(SentimentFigure figure) : ITemplateView
{
    public DateOnly Date => figure.Date;

    public string Entity => figure.Entity;

    public string? Source => figure.Source;

    public double Score => figure.Score;

    /// <summary>The label given in the figures, else the pack's label for the score.</summary>
    public string Label => string.IsNullOrWhiteSpace(figure.Label) ? ArticleSentiment.LabelFor(figure.Score) : figure.Label;
}
