namespace ReportAutomation.Core.Templates;

/// <summary>Thrown by <see cref="ParsedTemplate.Render"/>/<see cref="ParsedTemplate.Evaluate"/> when filling a template fails at run time (use the Try… methods to get the error as a value).</summary>
public sealed class TemplateRenderException : Exception
{
    /// <summary>Creates the exception for <paramref name="error"/>.</summary>
    public TemplateRenderException(TemplateError error)
        : base(error.ToString())
    {
        Error = error;
    }

    /// <summary>What failed and where.</summary>
    public TemplateError Error { get; }
}
