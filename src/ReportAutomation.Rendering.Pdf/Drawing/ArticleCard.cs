namespace ReportAutomation.Rendering.Pdf.Drawing;

/// <summary>A filled article card: title (a link when <see cref="Url"/> is a safe http/https address), byline, badge, summary, figures.</summary>
internal sealed record ArticleCard(string Title, string? Url, string? Site, string? Date, double? Sentiment, string? Badge, string? Summary, string? Figures);
