namespace ReportAutomation.Rendering.Pdf.Template;

/// <summary>What an article card shows; each text may hold placeholders over the card's loop variable.</summary>
internal sealed record CardSpec(TextSpec? Title, TextSpec? Link, TextSpec? Site, TextSpec? Date, TextSpec? Sentiment, TextSpec? Badge, TextSpec? Summary, TextSpec? Figures);
