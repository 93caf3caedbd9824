using System.IO.Compression;
using System.Text;

namespace ReportAutomation.Delivery.Runs;

/// <summary>Reads each document back before it is mailed: a PDF must have its header and end marker, an Office file must open as a package.</summary>
internal static class AttachmentCheck
{
    /// <summary>Why the file cannot be mailed, or null when it reads back.</summary>
    public static string? Problem(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length == 0)
        {
            return $"{path} is missing or empty";
        }

        try
        {
            return Path.GetExtension(path).ToLowerInvariant() switch
            {
                ".pdf" => PdfProblem(path, info.Length),
                ".xlsx" or ".docx" => PackageProblem(path),
                _ => null,
            };
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return $"{path} does not read back: {ex.Message}";
        }
    }

    private static string? PdfProblem(string path, long length)
    {
        using var stream = File.OpenRead(path);
        var head = new byte[5];
        stream.ReadExactly(head);
        var tailLength = (int)Math.Min(length, 2048);
        var tail = new byte[tailLength];
        stream.Seek(-tailLength, SeekOrigin.End);
        stream.ReadExactly(tail);
        return Encoding.ASCII.GetString(head) != "%PDF-" || !Encoding.ASCII.GetString(tail).Contains("%%EOF", StringComparison.Ordinal)
            ? $"{path} is not a complete PDF (no %PDF- header or %%EOF end marker)"
            : null;
    }

    private static string? PackageProblem(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.GetEntry("[Content_Types].xml") is null ? $"{path} is not an Office package (no [Content_Types].xml)" : null;
    }
}
