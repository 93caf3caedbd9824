namespace ReportAutomation.Pipeline;

/// <summary>What happened to one document of a build.</summary>
/// <param name="Format">The document's format, e.g. <c>docx</c>.</param>
/// <param name="Path">Where it was written, or would have been.</param>
/// <param name="Written">True when the document is in place.</param>
/// <param name="Errors">Template errors or the failure that stopped it, one readable line each.</param>
/// <param name="Elapsed">Time spent rendering.</param>
public sealed record DocumentOutcome(string Format, string Path, bool Written, IReadOnlyList<string> Errors, TimeSpan Elapsed);
