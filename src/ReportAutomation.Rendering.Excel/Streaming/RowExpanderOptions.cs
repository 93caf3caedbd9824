using System.IO.Compression;

namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Tuning for <see cref="RowExpander"/>.</summary>
public sealed class RowExpanderOptions
{
    /// <summary>Deflate level for every output entry; Fastest measured best (see docs/xlsx-streaming.md).</summary>
    public CompressionLevel CompressionLevel { get; init; } = CompressionLevel.Fastest;

    /// <summary>Generated hyperlinks per sheet before the rest become plain text (Excel's limit is 65,530).</summary>
    public int MaxHyperlinksPerSheet { get; init; } = 65_530;

    /// <summary>Folder for temporary spool files (uncountable row sequences, hyperlinks); null uses the system temp folder.</summary>
    public string? TempFolder { get; init; }
}
