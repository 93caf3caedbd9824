namespace ReportAutomation.Rendering.Pdf.Template;

/// <summary>The PDF's document properties, as template texts.</summary>
internal sealed record DocumentSpec(TextSpec? Title, TextSpec? Subject, TextSpec? Author, TextSpec? Keywords);
