using System.IO.Compression;

namespace ReportAutomation.Ingestion.Figures.Xlsx;

/// <summary>
/// Checks an .xlsx as a zip before any Office library opens it: the declared sizes of its parts (a zip bomb declares
/// gigabytes), then the real ones, since declared sizes can lie. ClosedXML's load options offer no such limit.
/// </summary>
internal static class XlsxZipGuard
{
    private const int MaxEntries = 10_000;

    /// <summary>Null when the file may be opened; otherwise why not, in the user's words.</summary>
    public static string? Check(string path, long maxUncompressedBytes)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            if (zip.Entries.Count > MaxEntries)
            {
                return $"workbook has {zip.Entries.Count} parts (more than {MaxEntries}); rejected as a possible zip bomb";
            }

            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                declared += entry.Length;
                if (entry.Length < 0 || declared > maxUncompressedBytes)
                {
                    return $"workbook unpacks to more than {maxUncompressedBytes} bytes; rejected as a possible zip bomb";
                }
            }

            var buffer = new byte[64 * 1024];
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                long actual = 0;
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    actual += read;
                    if (actual > entry.Length)
                    {
                        return $"workbook part {entry.FullName} unpacks to more than its declared {entry.Length} bytes; rejected as a possible zip bomb";
                    }
                }
            }

            return null;
        }
        catch (InvalidDataException e)
        {
            return $"not a valid .xlsx (zip) file: {e.Message}";
        }
    }
}
