using System.Buffers.Binary;
using System.IO.Compression;

namespace ReportAutomation.Core.IO;

/// <summary>Reproducible zip packages (xlsx, docx): every entry stamped with the pack's time, in the source's order.</summary>
public static class ZipStamp
{
    // The end-of-central-directory record without its comment.
    private const int EndRecordSize = 22;

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

    /// <summary>
    /// Writes the zip held by <paramref name="zip"/> to <paramref name="destination"/> with every entry's time set to
    /// <paramref name="time"/>: stamped in place and written as it is (nothing recompressed) when <see cref="Restamp"/>
    /// handles it, else through <see cref="Copy"/>.
    /// </summary>
    public static void WriteStamped(MemoryStream zip, Stream destination, DateTimeOffset time)
    {
        var stamped = Restamp(zip, time);
        zip.Position = 0;
        if (stamped)
        {
            zip.CopyTo(destination);
        }
        else
        {
            Copy(zip, destination, time);
        }
    }

    /// <summary>
    /// Sets every entry's time in the zip held by <paramref name="zip"/> to <paramref name="time"/> where it is stored (the
    /// central directory and each local header), without recompressing anything. Returns false, changing nothing, for a
    /// zip it does not handle (Zip64, a central directory that does not add up): then use <see cref="Copy"/>.
    /// </summary>
    public static bool Restamp(MemoryStream zip, DateTimeOffset time)
    {
        var bytes = zip.GetBuffer().AsSpan(0, (int)zip.Length);
        var end = bytes.Length >= EndRecordSize ? bytes.LastIndexOf(EndSignature) : -1;
        if (end < 0 || end + EndRecordSize > bytes.Length)
        {
            return false;
        }

        var entries = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(end + 10)..]);
        var directory = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(end + 16)..]);
        if (entries == ushort.MaxValue || directory >= (uint)end)
        {
            return false;
        }

        // Checked in full before anything is written, so a zip that does not add up is left as it is.
        var places = new List<int>(entries * 2);
        var at = (int)directory;
        for (var i = 0; i < entries; i++)
        {
            if (at + 46 > end || !bytes[at..].StartsWith(CentralSignature))
            {
                return false;
            }

            var local = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(at + 42)..]);
            if (local >= directory || (int)local + 30 > bytes.Length || !bytes[(int)local..].StartsWith(LocalSignature))
            {
                return false;
            }

            places.Add(at + 12);
            places.Add((int)local + 10);
            at += 46 + BinaryPrimitives.ReadUInt16LittleEndian(bytes[(at + 28)..]) + BinaryPrimitives.ReadUInt16LittleEndian(bytes[(at + 30)..])
                + BinaryPrimitives.ReadUInt16LittleEndian(bytes[(at + 32)..]);
        }

        // MS-DOS time and date, as ZipArchive stores an entry's LastWriteTime (its wall-clock fields).
        var t = time.DateTime;
        var dosTime = (ushort)((t.Hour << 11) | (t.Minute << 5) | (t.Second / 2));
        var dosDate = (ushort)(((t.Year - 1980) << 9) | (t.Month << 5) | t.Day);
        foreach (var place in places)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes[place..], dosTime);
            BinaryPrimitives.WriteUInt16LittleEndian(bytes[(place + 2)..], dosDate);
        }

        return true;
    }

    private static ReadOnlySpan<byte> EndSignature => [0x50, 0x4B, 0x05, 0x06];

    private static ReadOnlySpan<byte> CentralSignature => [0x50, 0x4B, 0x01, 0x02];

    private static ReadOnlySpan<byte> LocalSignature => [0x50, 0x4B, 0x03, 0x04];
}
