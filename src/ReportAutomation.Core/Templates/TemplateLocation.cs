namespace ReportAutomation.Core.Templates;

/// <summary>Where a piece of template text lives, e.g. <c>weekly-ir.xlsx Summary!B7</c> or <c>weekly-ir.docx paragraph 12</c>.</summary>
/// <param name="Template">The template file name.</param>
/// <param name="Place">The place inside it: a cell, a row, a paragraph.</param>
public sealed record TemplateLocation(string Template, string Place)
{
    /// <inheritdoc />
    public override string ToString() => string.IsNullOrEmpty(Place) ? Template : $"{Template} {Place}";
}
