using System.IO.Compression;
using ReportAutomation.Core.IO;

namespace ReportAutomation.Core.Tests.IO;

public sealed class ZipStampTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 11, 24, 9, 30, 14, TimeSpan.Zero);

    [Fact]
    public void Restamp_EveryEntry_TakesTheTimeAndKeepsItsBytes()
    {
        // Given a zip whose entries carry assorted times, one of them stored and one with a comment-free empty body
        using var zip = Zip(("a.xml", "<a>first</a>", CompressionLevel.Optimal), ("dir/b.bin", new string('x', 5000), CompressionLevel.NoCompression), ("empty.txt", string.Empty, CompressionLevel.Fastest));

        // When it is restamped in place
        Assert.True(ZipStamp.Restamp(zip, Stamp));

        // Then every entry reads back with the stamp (to the two seconds zip keeps) and its content unchanged
        zip.Position = 0;
        using var read = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        Assert.All(read.Entries, e => Assert.Equal(new DateTime(2026, 11, 24, 9, 30, 14), e.LastWriteTime.DateTime));
        Assert.Equal("<a>first</a>", Text(read.GetEntry("a.xml")!));
        Assert.Equal(new string('x', 5000), Text(read.GetEntry("dir/b.bin")!));
        Assert.Equal(string.Empty, Text(read.GetEntry("empty.txt")!));
    }

    [Fact]
    public void Restamp_GivesTheSameTimesAsACopyStampedByZipArchive()
    {
        using var original = Zip(("a.xml", "<a/>", CompressionLevel.Optimal), ("b.xml", "<b/>", CompressionLevel.Optimal));
        using var copied = new MemoryStream();
        ZipStamp.Copy(original, copied, Stamp);

        Assert.True(ZipStamp.Restamp(original, Stamp));

        Assert.Equal(Times(copied), Times(original));
    }

    [Fact]
    public void WriteStamped_WritesTheZipWithEveryEntryStamped()
    {
        using var zip = Zip(("a.xml", "<a/>", CompressionLevel.Optimal), ("b.xml", "<b/>", CompressionLevel.Optimal));
        using var written = new MemoryStream();

        ZipStamp.WriteStamped(zip, written, Stamp);

        Assert.Equal([new DateTime(2026, 11, 24, 9, 30, 14), new DateTime(2026, 11, 24, 9, 30, 14)], Times(written));
        Assert.Equal(zip.ToArray(), written.ToArray());
    }

    [Fact]
    public void Restamp_NotAZip_ReturnsFalseAndChangesNothing()
    {
        var bytes = "PK\u0005\u0006 is not enough to be a zip"u8.ToArray();
        using var stream = new MemoryStream();
        stream.Write(bytes);

        Assert.False(ZipStamp.Restamp(stream, Stamp));
        Assert.Equal(bytes, stream.ToArray());
    }

    private static MemoryStream Zip(params (string Name, string Text, CompressionLevel Level)[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var time = new DateTimeOffset(2001, 2, 3, 4, 5, 6, TimeSpan.Zero);
            foreach (var (name, text, level) in entries)
            {
                var entry = zip.CreateEntry(name, level);
                entry.LastWriteTime = time;
                time = time.AddDays(100).AddMinutes(7);
                using var writer = new StreamWriter(entry.Open());
                writer.Write(text);
            }
        }

        stream.Position = 0;
        return stream;
    }

    private static string Text(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private static List<DateTime> Times(MemoryStream zip)
    {
        zip.Position = 0;
        using var read = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        return [.. read.Entries.Select(e => e.LastWriteTime.DateTime)];
    }
}
