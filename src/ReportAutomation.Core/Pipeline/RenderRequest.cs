using System.Globalization;

namespace ReportAutomation.Core.Pipeline;

/// <summary>Which template to fill and where to write the result.</summary>
public sealed record RenderRequest(string TemplatePath, string OutputPath, CultureInfo Culture);
