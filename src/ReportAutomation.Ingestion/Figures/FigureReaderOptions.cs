using System.Globalization;

namespace ReportAutomation.Ingestion.Figures;

/// <summary>How figure files are read: the culture of their numbers and the limits that protect against hostile files.</summary>
public sealed record FigureReaderOptions
{
    /// <summary>The culture whose thousands and decimal separators amounts and scores are written with.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>
    /// The pack's time zone: a date-time written with an offset (<c>2026-11-23T00:30+01:00</c>) counts on its date in this
    /// zone. Null takes every date as written.
    /// </summary>
    public TimeZoneInfo? TimeZone { get; init; }

    /// <summary>The longest CSV record accepted, counted in bytes of its UTF-8 text (a character is one byte or more).</summary>
    public int MaxRecordChars { get; init; } = 64 * 1024;

    /// <summary>The largest figure file read; bigger files are reported and skipped.</summary>
    public long MaxFileBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>
    /// The most an .xlsx may unpack to (all its parts together), checked before it is opened. ClosedXML holds a workbook
    /// in memory at roughly ten times its XML size, so large figure sets belong in CSV.
    /// </summary>
    public long MaxXlsxUncompressedBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The most problems listed for one file; the rest are counted in one closing issue.</summary>
    public int MaxIssuesPerFile { get; init; } = 1000;

    /// <summary>CSV files larger than this are read in two halves in parallel (internal so tests can force it on small files).</summary>
    internal long SplitCsvAboveBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Throws when a limit is not positive.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Culture);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRecordChars, 256);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxFileBytes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxXlsxUncompressedBytes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxIssuesPerFile, 1);
    }
}
