namespace ReportAutomation.Rendering.Pdf.Template;

/// <summary>A whole deck template as read from its JSON file, before checking.</summary>
internal sealed record DeckSpec(DocumentSpec Document, PageSize Page, DeckTheme Theme, IReadOnlyList<SlideSpec> Slides);
