namespace ReportAutomation.Core.Templates;

/// <summary>Where in a template something is: the template file and a place in it (<c>Summary!B7</c>, <c>paragraph 12</c>).</summary>
public sealed record TemplateLocation(string Template, string Place)
{
    /// <inheritdoc />
    public override string ToString() => $"{Template} {Place}";
}
