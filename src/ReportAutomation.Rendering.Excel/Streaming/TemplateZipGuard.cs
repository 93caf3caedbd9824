using System.IO.Compression;

namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Rejects a template whose zip directory declares too much data or an implausible compression ratio, before any
/// reader inflates it (ClosedXML and the OpenXml SDK offer no such limit).</summary>
internal static class TemplateZipGuard
{
    /// <summary>Entries smaller than this are not ratio-checked: tiny, repetitive XML parts compress very well.</summary>
    public const long RatioCheckFloor = 1 << 20;

    public const int MaxEntries = 10_000;

    public static void Check(string path, long maxUncompressedBytes, double maxRatio)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxUncompressedBytes);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRatio, 1.0);
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(path);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"Template '{path}' is not a readable .xlsx (zip) file: {e.Message}", e);
        }

        using (zip)
        {
            if (zip.Entries.Count > MaxEntries)
            {
                throw new InvalidDataException($"Template '{path}' has {zip.Entries.Count} zip entries; a template may have at most {MaxEntries}.");
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.Length > maxUncompressedBytes || total > maxUncompressedBytes)
                {
                    throw new InvalidDataException(
                        $"Template '{path}' entry '{entry.FullName}' declares {entry.Length:N0} bytes uncompressed ({total:N0} in total so far); "
                        + $"the limit for a template is {maxUncompressedBytes:N0} bytes.");
                }

                if (entry.Length >= RatioCheckFloor)
                {
                    var ratio = entry.CompressedLength == 0 ? double.PositiveInfinity : (double)entry.Length / entry.CompressedLength;
                    if (ratio > maxRatio)
                    {
                        throw new InvalidDataException(
                            $"Template '{path}' entry '{entry.FullName}' would expand {ratio:F0}x ({entry.CompressedLength:N0} bytes to {entry.Length:N0}); "
                            + $"the limit for a template is {maxRatio:F0}x.");
                    }
                }
            }
        }
    }
}
