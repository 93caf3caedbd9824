using ReportAutomation.Core.Model;

namespace ReportAutomation.Pipeline;

/// <summary>The outcome of a build.</summary>
/// <param name="Pack">The pack that was built.</param>
/// <param name="Folder">The pack's week folder, <c>&lt;root&gt;/&lt;pack&gt;/&lt;week&gt;/</c>.</param>
/// <param name="Manifest">The manifest's path, or null when nothing was written (strict mode with errors).</param>
/// <param name="Documents">One outcome per document the templates folder had a template for.</param>
public sealed record PackBuildResult(WeeklyPack Pack, string Folder, string? Manifest, IReadOnlyList<DocumentOutcome> Documents)
{
    /// <summary>True when a document could not be written.</summary>
    public bool AnyDocumentFailed => Documents.Any(d => !d.Written);

    /// <summary>True when <c>--strict</c> refused to write a pack with error-level data issues.</summary>
    public bool RejectedByStrict => Manifest is null;

    /// <summary>True when an input had an error-level data issue (rows or articles left out).</summary>
    public bool HasDataErrors => Pack.Issues.Any(i => i.IsError);

    /// <summary>Every file written, manifest first.</summary>
    public IReadOnlyList<string> WrittenFiles =>
        Manifest is null ? [] : [Manifest, .. Documents.Where(d => d.Written).Select(d => d.Path)];
}
