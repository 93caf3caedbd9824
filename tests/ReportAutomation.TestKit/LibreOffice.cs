namespace ReportAutomation.TestKit;

/// <summary>Converts documents with headless LibreOffice, each call with its own profile (a shared profile silently yields nothing).</summary>
public static class LibreOffice
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>Converts <paramref name="input"/> to <paramref name="format"/> (pdf, csv, ...) and returns the output path; fails when no output appears.</summary>
    public static string Convert(string input, string format, string outDir, string? filter = null, bool expectExactName = true)
    {
        var soffice = ExternalTool.Require("soffice", "libreoffice-calc-nogui libreoffice-writer-nogui");
        var profile = Path.Combine(Path.GetTempPath(), $"lo-profile-{Guid.NewGuid():N}");
        OneAtATime.Wait();
        try
        {
            var target = filter is null ? format : $"{format}:{filter}";
            var (code, output, error) = ExternalTool.Run(
                soffice,
                ["--headless", "--norestore", $"-env:UserInstallation=file://{profile}", "--convert-to", target, "--outdir", outDir, input]);
            var expected = Path.Combine(outDir, Path.GetFileNameWithoutExtension(input) + "." + format);

            // LibreOffice exits 0 even when it could not load the input: the output file is the real verdict.
            var produced = expectExactName
                ? File.Exists(expected) && new FileInfo(expected).Length > 0
                : Directory.EnumerateFiles(outDir, "*." + format).Any();
            Assert.True(produced, $"LibreOffice produced no {format} for {input} (exit {code}): {output} {error}");
            return expected;
        }
        finally
        {
            OneAtATime.Release();
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: the profile is in temp.
            }
        }
    }
}
