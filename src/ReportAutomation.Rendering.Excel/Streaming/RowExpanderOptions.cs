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

    /// <summary>The time every output zip entry carries (the pack's clock, so the same pack gives the same bytes); null keeps each
    /// input entry's time. Zip times have no zone and a 2-second resolution; the wall-clock part is stored, within 1980-2107.</summary>
    public DateTimeOffset? EntryTimestamp { get; init; }
}
