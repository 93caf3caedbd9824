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
        var bomb = ZipBomb.Write(_temp.File("bomb.xlsx"), mebibytes: 400);

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
        var bomb = ZipBomb.Write(_temp.File("ratio.xlsx"), mebibytes: 50);

        var reason = ZipGuard.Check(bomb, 1L << 30, 100);

        Assert.NotNull(reason);
        Assert.Contains("would expand", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PartThatLiesAboutItsSize_CannotInflatePastWhatItDeclares()
    {
        // Given a zip whose headers declare 10 bytes for a part that inflates to 4 MiB
        var path = ZipBomb.Write(_temp.File("liar.xlsx"), mebibytes: 4, declaredBytes: 10);

        // When it is read back the way System.IO.Packaging (under ClosedXML and the OpenXml SDK) reads it
        long inflated = 0;
        try
        {
            using var zip = ZipFile.OpenRead(path);
            using var stream = zip.GetEntry("xl/worksheets/sheet1.xml")!.Open();
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
    public void Check_ZipBombHeldInMemory_IsRejectedAndTheStreamStaysOpen()
    {
        // Given the bytes of an over-compressed 'workbook', read into memory (as the memo reads its template once)
        using var held = new MemoryStream(File.ReadAllBytes(ZipBomb.Write(_temp.File("held.xlsx"), mebibytes: 50)));

        // When they are checked
        var reason = ZipGuard.Check(held, 1L << 30, 100);

        // Then they are refused as the file would be, and the caller's stream is still usable
        Assert.NotNull(reason);
        Assert.Contains("would expand", reason, StringComparison.Ordinal);
        Assert.True(held.CanRead);
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
}
