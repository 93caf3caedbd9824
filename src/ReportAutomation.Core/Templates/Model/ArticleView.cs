using ReportAutomation.Core.Model;

namespace ReportAutomation.Core.Templates.Model;

/// <summary>Template view of one digest line, with the article's word count.</summary>
internal sealed class ArticleView(DigestEntry entry, Article? article) : ITemplateView
{
    public string Id => entry.ArticleId;

    public string Title => entry.Title;

    public string? Site => entry.Site;

    public DateOnly? Published => entry.Published;

    public string? Url => entry.Url;

    public string Summary => entry.Summary;

    public double Sentiment => entry.Sentiment;

    public string SentimentLabel => entry.SentimentLabel;

    public bool SentimentComputed => entry.SentimentComputed;

    public string KeyFigures => entry.KeyFigures;

    /// <summary>The money amounts the article states, each with its sentence (for a nested loop: <c>for f in a.figures</c>).</summary>
    public TemplateList<MoneyFactView> Figures =>
        article is null ? new TemplateList<MoneyFactView>(0, _ => throw new InvalidOperationException()) : new TemplateList<MoneyFactView>(article.Money.Count, i => new MoneyFactView(article.Money[i]));

    /// <summary>The entities named, most mentioned first, joined with "; ".</summary>
    public string Entities => string.Join("; ", entry.Entities);

    public int? WordCount => article?.WordCount;

    /// <inheritdoc />
    public override string ToString() => entry.Title;
}
