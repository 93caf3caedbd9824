using ReportAutomation.Core.Templates;

namespace ReportAutomation.Core.Pipeline;

/// <summary>The outcome of one render: the written file (null when template errors stopped it) and the problems found.</summary>
public sealed record RenderResult(string? OutputPath, IReadOnlyList<TemplateError> Errors, TimeSpan Elapsed)
{
    /// <summary>True when the document was written.</summary>
    public bool Succeeded => OutputPath is not null && Errors.Count == 0;
}
