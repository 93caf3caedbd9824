namespace ReportAutomation.TestKit;

/// <summary>Compares text with a committed expected file; on mismatch writes <c>NAME.actual.EXT</c> beside it.</summary>
public static class GoldenFile
{
    /// <summary>Asserts <paramref name="actual"/> equals the golden file's text (line endings normalised).
    /// Set <c>UPDATE_GOLDEN=1</c> to (re)write the golden file instead.</summary>
    public static void AssertMatches(string goldenPath, string actual)
    {
        actual = actual.ReplaceLineEndings("\n");
        var actualPath = Path.ChangeExtension(goldenPath, ".actual" + Path.GetExtension(goldenPath));
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(goldenPath)!);
            File.WriteAllText(goldenPath, actual);
            return;
        }

        Assert.True(File.Exists(goldenPath), $"Golden file {goldenPath} is missing; run the tests with UPDATE_GOLDEN=1 to create it, then review and commit it.");
        var expected = File.ReadAllText(goldenPath).ReplaceLineEndings("\n");
        if (expected == actual)
        {
            if (File.Exists(actualPath))
            {
                File.Delete(actualPath);
            }

            return;
        }

        File.WriteAllText(actualPath, actual);
        var line = FirstDifference(expected, actual);
        Assert.Fail($"{goldenPath} differs from the output at line {line}; the actual output is in {actualPath}.");
    }

    private static int FirstDifference(string a, string b)
    {
        var x = a.Split('\n');
        var y = b.Split('\n');
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            if (x[i] != y[i])
            {
                return i + 1;
            }
        }

        return Math.Min(x.Length, y.Length) + 1;
    }
}
