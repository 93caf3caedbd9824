namespace ReportAutomation.Core.Templates;

/// <summary>The result of parsing one template text: the template (unless the syntax is broken) and every problem found.</summary>
/// <param name="Template">The parsed template; null when the text could not be parsed at all.</param>
/// <param name="Errors">Syntax errors, unknown filters and bad filter arguments, each with its location.</param>
public sealed record ParseOutcome(ParsedTemplate? Template, IReadOnlyList<TemplateError> Errors)
{
    /// <summary>True when the text parsed and no problem was found.</summary>
    public bool Succeeded => Template is not null && Errors.Count == 0;
}
