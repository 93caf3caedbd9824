namespace ReportAutomation.Core.Templates;

/// <summary>A problem in a template (syntax, unknown field or filter, bad filter argument) with where it is and a likely fix.</summary>
/// <param name="Location">Where the problem is.</param>
/// <param name="Message">What is wrong, in the template author's words.</param>
/// <param name="Suggestion">The closest known name (e.g. <c>week.label</c>), when one is close enough.</param>
public sealed record TemplateError(TemplateLocation Location, string Message, string? Suggestion = null)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Location}: {Message}" + (Suggestion is null ? string.Empty : $" (did you mean {Suggestion}?)");
}
