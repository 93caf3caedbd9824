using System.Globalization;
using System.Text.Json;
using ReportAutomation.TestKit;

namespace ReportAutomation.Cli.Tests;

/// <summary>What a new user meets: the README's first command on a day with no sample data in the default week, run from
/// any folder, and rebuilt byte for byte with a pinned clock.</summary>
public sealed class FirstRunTests
{
    // Saturday 2026-12-05: the last complete week is 2026-W48, which has no sample data.
    private static readonly DateTimeOffset NoSampleDataInDefaultWeek = new(2026, 12, 5, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Build_WeekLatestWithShippedDefaults_BuildsTheLatestWeekWithDataAndPrintsEveryPath()
    {
        // Given only an output folder: the templates and sample data come from beside the application
        using var temp = new TempFolder("first-run");

        // When the README's first command runs on a date whose default week has no sample data
        var (code, output, error) = await CliRunner.RunAtAsync(NoSampleDataInDefaultWeek, "build", "--week", "latest", "--out", temp.Path);

        // Then the latest week with data is built with content, and every written file is printed with its full path
        Assert.True(code is 0 or 2, $"exit {code}\n{output}\n{error}");
        var folder = Path.Combine(temp.Path, "weekly-ir", "2026-W47");
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        Assert.Equal("2026-W47", manifest.RootElement.GetProperty("week").GetString());
        Assert.True(manifest.RootElement.GetProperty("articles").GetArrayLength() > 0);
        Assert.True(manifest.RootElement.GetProperty("investments").GetArrayLength() > 0);
        Assert.Contains("weekly-ir 2026-W47", output, StringComparison.Ordinal);
        foreach (var file in Directory.GetFiles(folder))
        {
            Assert.Contains("Wrote " + file, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Build_DefaultWeekWithoutData_StaysTheLastCompleteWeek()
    {
        // The scheduled default is unchanged: the last complete week, even when it is empty
        using var temp = new TempFolder("first-run");

        var (code, output, error) = await CliRunner.RunAtAsync(NoSampleDataInDefaultWeek, "build", "--out", temp.Path);

        // (exit 2: the sample data's deliberately bad rows are reported whatever the week)
        Assert.True(code == 2, $"exit {code}\n{output}\n{error}");
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "weekly-ir", "2026-W48", "manifest.json")));
        Assert.Equal(0, manifest.RootElement.GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public async Task Build_FromAnotherWorkingFolderWithSourceDateEpoch_WritesThereAndRebuildsByteIdentically()
    {
        // Given two empty working folders far from the repository, and a pinned clock (the reproducible-builds variable)
        using var temp = new TempFolder("first-run");
        var first = Directory.CreateDirectory(Path.Combine(temp.Path, "one")).FullName;
        var second = Directory.CreateDirectory(Path.Combine(temp.Path, "two")).FullName;
        var epoch = NoSampleDataInDefaultWeek.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var environment = new Dictionary<string, string?> { ["SOURCE_DATE_EPOCH"] = epoch, ["CI"] = null };

        // When the README's first command runs in each, as a real process
        var one = await CliProcess.RunAsync(first, environment, "build", "--week", "latest");
        var two = await CliProcess.RunAsync(second, environment, "build", "--week", "latest");

        // Then each wrote the latest week with data under its own working folder ...
        Assert.True(one.ExitCode is 0 or 2, one.Output + one.Error);
        Assert.True(two.ExitCode is 0 or 2, two.Output + two.Error);
        var firstFolder = Path.Combine(first, "out", "weekly-ir", "2026-W47");
        var secondFolder = Path.Combine(second, "out", "weekly-ir", "2026-W47");
        var files = Directory.GetFiles(firstFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("manifest.json", files);
        Assert.Contains("weekly-ir-2026-W47.xlsx", files);
        Assert.Equal(files, Directory.GetFiles(secondFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // ... stamped with the pinned time, and byte for byte the same in both folders
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(firstFolder, "manifest.json")));
        Assert.Equal(NoSampleDataInDefaultWeek, manifest.RootElement.GetProperty("generatedAt").GetDateTimeOffset());
        foreach (var file in files)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(firstFolder, file!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(secondFolder, file!))),
                $"{file} differs between two builds with the same inputs and clock");
        }
    }

    [Fact]
    public async Task Build_GeneratedAt_PinsTheManifestTime()
    {
        using var temp = new TempFolder("first-run");

        var (code, output, error) = await CliRunner.RunAsync("build", "--week", "2026-W47", "--generated-at", "2026-11-30T07:00:00+01:00", "--out", temp.Path);

        Assert.True(code is 0 or 2, $"exit {code}\n{output}\n{error}");
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "weekly-ir", "2026-W47", "manifest.json")));
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 6, 0, 0, TimeSpan.Zero), manifest.RootElement.GetProperty("generatedAt").GetDateTimeOffset());
    }

    [Theory]
    [InlineData("2026-11-30T07:00:00")]
    [InlineData("yesterday")]
    public async Task Build_GeneratedAtWithoutOffset_IsOneReadableLineAndExitOne(string value)
    {
        var (code, _, error) = await CliRunner.RunAsync("build", "--week", "2026-W47", "--generated-at", value);

        Assert.Equal(1, code);
        Assert.Equal($"error: --generated-at '{value}' is not an instant with an offset; use the form 2026-11-30T07:00:00Z.", error.Trim());
    }
}
