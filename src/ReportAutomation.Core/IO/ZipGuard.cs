using System.Globalization;
using System.IO.Compression;

namespace ReportAutomation.Core.IO;

/// <summary>
/// Checks an Office file as a zip before any Office library opens it (ClosedXML's load options offer no limit): the number of
/// parts, their declared sizes and their compression ratios (a zip bomb declares gigabytes). Declared sizes are enough:
/// .NET's zip reader never inflates a part past the size it declares (see ZipGuardTests).
/// </summary>
public static class ZipGuard
{
    /// <summary>Most parts an Office file we open may have.</summary>
    public const int MaxEntries = 10_000;

    /// <summary>Parts smaller than this are not ratio-checked: small repetitive XML parts compress very well.</summary>
    public const long RatioCheckFloor = 1 << 20;

    /// <summary>Null when <paramref name="path"/> may be opened; otherwise why not, naming the part, in the user's words.</summary>
    public static string? Check(string path, long maxUncompressedBytes, double maxRatio = 1000)
    {
        using var file = File.OpenRead(path);
        return Check(file, maxUncompressedBytes, maxRatio);
    }

    /// <summary>Null when the zip held by <paramref name="zip"/> may be opened; otherwise why not. The stream is left open.</summary>
    public static string? Check(Stream zip, long maxUncompressedBytes, double maxRatio = 1000)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxUncompressedBytes);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRatio, 1.0);
        try
        {
            using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
            return CheckDeclared(archive, maxUncompressedBytes, maxRatio);
        }
        catch (InvalidDataException e)
        {
            return $"not a readable Office (zip) file: {e.Message}";
        }
    }

    private static string? CheckDeclared(ZipArchive zip, long maxUncompressedBytes, double maxRatio)
    {
        if (zip.Entries.Count > MaxEntries)
        {
            return $"it has {zip.Entries.Count:N0} parts (at most {MaxEntries:N0} are accepted); rejected as a possible zip bomb";
        }

        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (entry.Length < 0 || total > maxUncompressedBytes)
            {
                return string.Create(
                    CultureInfo.InvariantCulture,
                    $"part '{entry.FullName}' declares {entry.Length:N0} bytes ({total:N0} in total), over the limit of {maxUncompressedBytes:N0}; rejected as a possible zip bomb");
            }

            if (entry.Length >= RatioCheckFloor)
            {
                var ratio = entry.CompressedLength == 0 ? double.PositiveInfinity : (double)entry.Length / entry.CompressedLength;
                if (ratio > maxRatio)
                {
                    return string.Create(
                        CultureInfo.InvariantCulture,
                        $"part '{entry.FullName}' would expand {ratio:F0}x ({entry.CompressedLength:N0} to {entry.Length:N0} bytes), over the limit of {maxRatio:F0}x; rejected as a possible zip bomb");
                }
            }
        }

        return null;
    }
}
