namespace ReportAutomation.Core.Templates;

/// <summary>A problem in a template, with its location and, where one is close, a suggestion.</summary>
public sealed record TemplateError(TemplateLocation Location, string Message, string? Suggestion)
{
    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Message}" + (Suggestion is null ? string.Empty : $" (did you mean {Suggestion}?)");
}
