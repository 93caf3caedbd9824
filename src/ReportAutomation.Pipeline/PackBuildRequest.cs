namespace ReportAutomation.Pipeline;

/// <summary>A whole build: the inputs and week, the templates to fill and where the pack goes.</summary>
/// <param name="Load">Inputs, week, culture and pack options.</param>
/// <param name="TemplatesFolder">Folder holding the pack's templates.</param>
/// <param name="OutputRoot">Output root; the pack goes to <c>&lt;root&gt;/&lt;pack&gt;/&lt;week&gt;/</c>.</param>
/// <param name="Strict">Write nothing when an input has an error-level data issue.</param>
public sealed record PackBuildRequest(PackLoadRequest Load, string TemplatesFolder, string OutputRoot, bool Strict = false);
