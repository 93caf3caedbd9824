using System.Diagnostics;
using System.IO.Compression;
using ReportAutomation.Core.IO;
using ReportAutomation.TestKit;

namespace ReportAutomation.Core.Tests.IO;

public sealed class ZipGuardTests : IDisposable
{
    private readonly TempFolder _temp = new("zip-guard");

    [Fact]
    public void Check_ZipBombPosingAsWorkbook_IsRejectedFastNamingThePart()
    {
        // Given a 'workbook' whose sheet inflates 400 MB of zeros from a few hundred KB
        var bomb = Bomb("bomb.xlsx", megabytes: 400);

        // When it is checked
        var clock = Stopwatch.StartNew();
        var reason = ZipGuard.Check(bomb, 100L << 20, 100);

        // Then it is refused in well under a second, naming the part
        Assert.True(clock.ElapsedMilliseconds < 1000, $"guard took {clock.ElapsedMilliseconds} ms");
        Assert.NotNull(reason);
        Assert.Contains("xl/worksheets/sheet1.xml", reason, StringComparison.Ordinal);
        Assert.Contains("zip bomb", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SmallButImplausiblyCompressedPart_IsRejectedByRatio()
    {
        var bomb = Bomb("ratio.xlsx", megabytes: 50);

        var reason = ZipGuard.Check(bomb, 1L << 30, 100);

        Assert.NotNull(reason);
        Assert.Contains("would expand", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PartThatLiesAboutItsSize_CannotInflatePastWhatItDeclares()
    {
        // Given a zip whose central directory understates a part's size
        var path = _temp.File("liar.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open());
            writer.Write(new string('x', 100_000));
        }

        var bytes = File.ReadAllBytes(path);
        var central = LastIndexOf(bytes, [0x50, 0x4b, 0x01, 0x02]);
        BitConverter.TryWriteBytes(bytes.AsSpan(central + 24, 4), 10);
        var local = LastIndexOf(bytes, [0x50, 0x4b, 0x03, 0x04]);
        BitConverter.TryWriteBytes(bytes.AsSpan(local + 22, 4), 10);
        File.WriteAllBytes(path, bytes);

        // When it is read back the way System.IO.Packaging (under ClosedXML and the OpenXml SDK) reads it
        long inflated = 0;
        try
        {
            using var zip = ZipFile.OpenRead(path);
            using var stream = zip.GetEntry("xl/workbook.xml")!.Open();
            var buffer = new byte[4096];
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                inflated += read;
            }
        }
        catch (InvalidDataException)
        {
            // Also acceptable: the runtime refuses the part outright.
        }

        // Then no more than the declared size ever comes out, which is why checking declared sizes is enough
        Assert.True(inflated <= 10, $"inflated {inflated} bytes from a part declaring 10");
    }

    [Fact]
    public void Check_NotAZip_SaysSo()
    {
        var path = _temp.Write("fake.xlsx", "this is not a zip");

        Assert.Contains("not a readable Office (zip) file", ZipGuard.Check(path, 100L << 20), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ShippedTemplate_Passes()
    {
        Assert.Null(ZipGuard.Check(Path.Combine(RepoPaths.Templates, "weekly-ir.xlsx"), 64L << 20, 200));
    }

    public void Dispose() => _temp.Dispose();

    private static int LastIndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = haystack.Length - needle.Length; i >= 0; i--)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        throw new InvalidOperationException("signature not found");
    }

    private string Bomb(string name, int megabytes)
    {
        var path = _temp.File(name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        zip.CreateEntry("[Content_Types].xml").Open().Dispose();
        using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
        var zeros = new byte[1 << 20];
        for (var i = 0; i < megabytes; i++)
        {
            sheet.Write(zeros);
        }

        return path;
    }
}
