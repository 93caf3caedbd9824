using ReportAutomation.Core.Templates;

namespace ReportAutomation.Rendering.Pdf.Template;

/// <summary>A template text and where it is in the deck template (e.g. <c>slides[2].tiles[0].value</c>).</summary>
internal sealed record TextSpec(string Text, TemplateLocation Location);
