using ReportAutomation.TestKit;
using SkiaSharp;

namespace ReportAutomation.Rendering.Pdf.Tests;

/// <summary>
/// Compares PDF pages rasterised by poppler's <c>pdftoppm</c> (an independent renderer) with committed PNGs, within a
/// per-channel tolerance (QuestPDF's visual tests use 8); on mismatch writes <c>NAME.actual.png</c> beside the golden
/// file. <c>UPDATE_GOLDEN=1</c> (re)writes the golden files.
/// </summary>
internal static class GoldenImage
{
    private const int MaxChannelDifference = 8;
    private const double MaxDifferingPixels = 0.002;

    /// <summary>The folder of golden images in the source tree.</summary>
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "ReportAutomation.Rendering.Pdf.Tests", "Golden");

    /// <summary>Rasterises every page of <paramref name="pdf"/> at <paramref name="dpi"/> and compares each with <c>NAME-N.png</c>.</summary>
    public static void AssertPagesMatch(string pdf, string name, int dpi = 36)
    {
        var pdftoppm = ExternalTool.Require("pdftoppm", "poppler-utils");
        var prefix = Path.Combine(Path.GetDirectoryName(pdf)!, name);
        var (code, _, error) = ExternalTool.Run(pdftoppm, ["-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-png", pdf, prefix]);
        Assert.True(code == 0, error);
        var pages = Directory.GetFiles(Path.GetDirectoryName(pdf)!, name + "-*.png").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(pages);
        var failures = new List<string>();
        for (var i = 0; i < pages.Count; i++)
        {
            var golden = Path.Combine(Folder, $"{name}-{i + 1}.png");
            if (Compare(pages[i], golden) is { } failure)
            {
                failures.Add(failure);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static string? Compare(string actualPath, string goldenPath)
    {
        var actualCopy = Path.ChangeExtension(goldenPath, ".actual.png");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(goldenPath)!);
            File.Copy(actualPath, goldenPath, overwrite: true);
            return null;
        }

        if (!File.Exists(goldenPath))
        {
            File.Copy(actualPath, actualCopy, overwrite: true);
            return $"{goldenPath} is missing; the page is in {actualCopy} (run with UPDATE_GOLDEN=1 to accept it after looking at it)";
        }

        using var actual = SKBitmap.Decode(actualPath);
        using var expected = SKBitmap.Decode(goldenPath);
        if (actual.Width != expected.Width || actual.Height != expected.Height)
        {
            File.Copy(actualPath, actualCopy, overwrite: true);
            return $"{goldenPath}: size {actual.Width}x{actual.Height}, expected {expected.Width}x{expected.Height}; see {actualCopy}";
        }

        var differing = 0;
        for (var y = 0; y < actual.Height; y++)
        {
            for (var x = 0; x < actual.Width; x++)
            {
                var a = actual.GetPixel(x, y);
                var e = expected.GetPixel(x, y);
                if (Math.Abs(a.Red - e.Red) > MaxChannelDifference || Math.Abs(a.Green - e.Green) > MaxChannelDifference || Math.Abs(a.Blue - e.Blue) > MaxChannelDifference)
                {
                    differing++;
                }
            }
        }

        var share = (double)differing / (actual.Width * actual.Height);
        if (share <= MaxDifferingPixels)
        {
            File.Delete(actualCopy);
            return null;
        }

        File.Copy(actualPath, actualCopy, overwrite: true);
        return $"{goldenPath}: {share:P2} of pixels differ by more than {MaxChannelDifference}; see {actualCopy}";
    }
}
