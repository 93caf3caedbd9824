using System.IO.Compression;
using ReportAutomation.TestKit;

namespace ReportAutomation.Rendering.Excel.Tests.Rendering;

/// <summary>Same pack, same clock, same template: the same workbook bytes, wherever and whenever it is rendered.</summary>
public sealed class ExcelReproducibilityTests
{
    [Fact]
    public void Render_SamePackTwiceIntoTwoFolders_GivesIdenticalBytes()
    {
        // Given one pack (its GeneratedAt fixed by the clock) and two output folders
        using var one = new TempFolder("repro-a");
        using var two = new TempFolder("repro-b");

        // When it is rendered into each
        var first = WeeklyIrSample.Render(one.Path, WeeklyIrSample.Pack());
        var second = WeeklyIrSample.Render(two.Path, WeeklyIrSample.Pack());

        // Then every zip entry is the same, and so is the whole file
        Assert.Empty(DifferingEntries(first, second));
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void Render_SamplePack_StampsEveryZipEntryWithThePackClockNotTheMachineClock()
    {
        // Given a pack generated at the fake clock's time (2026-11-24 09:00 UTC)
        using var temp = new TempFolder("repro");
        var pack = WeeklyIrSample.Pack();

        // When it is rendered
        var path = WeeklyIrSample.Render(temp.Path, pack);

        // Then no entry carries the time the test ran (zip times have a 2-second resolution and no zone)
        using var zip = ZipFile.OpenRead(path);
        var expected = pack.GeneratedAt.UtcDateTime;
        Assert.All(zip.Entries, e => Assert.Equal(
            new DateTime(expected.Year, expected.Month, expected.Day, expected.Hour, expected.Minute, expected.Second / 2 * 2),
            e.LastWriteTime.DateTime));
    }

    private static List<string> DifferingEntries(string a, string b)
    {
        using var left = ZipFile.OpenRead(a);
        using var right = ZipFile.OpenRead(b);
        var names = left.Entries.Select(e => e.FullName).Union(right.Entries.Select(e => e.FullName)).ToList();
        return names.Where(n => !Same(left.GetEntry(n), right.GetEntry(n))).ToList();
    }

    private static bool Same(ZipArchiveEntry? a, ZipArchiveEntry? b) =>
        a is not null && b is not null && a.LastWriteTime == b.LastWriteTime && Bytes(a).AsSpan().SequenceEqual(Bytes(b));

    private static byte[] Bytes(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
