using System.Diagnostics;
using System.IO.Compression;
using ReportAutomation.Rendering.Excel.Streaming;
using ReportAutomation.TestKit;

namespace ReportAutomation.Rendering.Excel.Tests.Streaming;

public sealed class GuardTemplateTests : IDisposable
{
    private readonly TempFolder _temp = new("xlsx-guard");

    [Fact]
    public void GuardTemplate_ZipBombPosingAsTemplate_IsRejectedFastNamingFileAndEntry()
    {
        // Given: a 'template' whose sheet inflates 400 MB of zeros from a few hundred KB
        var bomb = Bomb("bomb.xlsx", megabytes: 400);

        // When
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<InvalidDataException>(() => RowExpander.GuardTemplate(bomb, 100L << 20, 100));

        // Then
        Assert.True(clock.ElapsedMilliseconds < 1000, $"guard took {clock.ElapsedMilliseconds} ms");
        Assert.Contains(bomb, error.Message, StringComparison.Ordinal);
        Assert.Contains("xl/worksheets/sheet1.xml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GuardTemplate_SmallButImplausiblyCompressedEntry_IsRejectedByRatio()
    {
        // Given: 50 MB of zeros, under the size limit but compressed hundreds of times
        var bomb = Bomb("ratio.xlsx", megabytes: 50);

        // When
        var error = Assert.Throws<InvalidDataException>(() => RowExpander.GuardTemplate(bomb, 1L << 30, 100));

        // Then
        Assert.Contains("would expand", error.Message, StringComparison.Ordinal);
        Assert.Contains("xl/worksheets/sheet1.xml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GuardTemplate_NotAZip_IsRejectedNamingTheFile()
    {
        // Given
        var path = _temp.Write("fake.xlsx", "this is not a zip");

        // When
        var error = Assert.Throws<InvalidDataException>(() => RowExpander.GuardTemplate(path, 100L << 20, 100));

        // Then
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GuardTemplate_RealTemplate_Passes()
    {
        // Given
        var path = _temp.File("template.xlsx");
        TemplateWorkbook.Build(path);

        // When / Then: no exception
        RowExpander.GuardTemplate(path, 20L << 20, 100);
    }

    public void Dispose() => _temp.Dispose();

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
