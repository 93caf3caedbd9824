using System.IO.Compression;

namespace ReportAutomation.Core.IO;

/// <summary>Reproducible zip packages (xlsx, docx): every entry stamped with the pack's time, in the source's order.</summary>
public static class ZipStamp
{
    /// <summary>
    /// The zip entry time for a pack built at <paramref name="generatedAt"/>: zip stores a zone-less wall-clock time
    /// between 1980 and 2107, so the UTC time clamped into that range.
    /// </summary>
    public static DateTimeOffset TimeFor(DateTimeOffset generatedAt)
    {
        var utc = generatedAt.UtcDateTime;
        var min = new DateTime(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var max = new DateTime(2107, 12, 31, 23, 59, 58, DateTimeKind.Utc);
        return new DateTimeOffset(utc < min ? min : utc > max ? max : utc, TimeSpan.Zero);
    }

    /// <summary>Copies the zip in <paramref name="source"/> to <paramref name="destination"/> with every entry's time set to <paramref name="time"/>.</summary>
    public static void Copy(Stream source, Stream destination, DateTimeOffset time)
    {
        using var input = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        using var output = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in input.Entries)
        {
            var copy = output.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = time;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
