using System.Text.Json;
using ReportAutomation.Cli.Terminal;
using ReportAutomation.TestKit;

namespace ReportAutomation.Cli.Tests;

public sealed class OptionAndOutcomeTests
{
    [Theory]
    [InlineData("0001-W01")]
    [InlineData("1899-W52")]
    [InlineData("9999-W01")]
    public async Task Build_WeekYearOutOfRange_IsAUsageErrorNamingTheRange(string week)
    {
        using var temp = new TempFolder("week");

        var (code, output, error) = await CliRunner.RunAsync(["build", .. TestInputs.Clean(temp), "--templates", RepoPaths.Templates, "--out", Path.Combine(temp.Path, "out"), "--week", week]);

        Assert.Equal(1, code);
        Assert.Equal($"error: --week '{week}': the year must be between 1900 and 9998.", error.Trim());
        Assert.DoesNotContain("unexpected", error + output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-W48", "warning: 2026-W48 has not ended yet (it ends on Sunday 2026-11-29, Europe/London)")]
    [InlineData("2027-W10", "warning: 2027-W10 is in the future (the last complete week is 2026-W47)")]
    public async Task Build_WeekNotOverYet_WarnsOnStderrAndKeepsTheExitCodeRules(string week, string warning)
    {
        // Given clean inputs and a clock on Tuesday of 2026-W48
        using var temp = new TempFolder("week");

        // When a week that has not ended is built
        var (code, output, error) = await CliRunner.RunAsync(["build", .. TestInputs.Clean(temp), "--templates", RepoPaths.Templates, "--out", Path.Combine(temp.Path, "out"), "--week", week]);

        // Then the user is told on stderr, and the (empty) pack is still written with exit 0
        Assert.True(code == 0, output + error);
        Assert.Contains(warning, error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(temp.Path, "out", "weekly-ir", week, "manifest.json")));
    }

    [Fact]
    public async Task Build_LastCompleteWeek_GivesNoWeekWarning()
    {
        using var temp = new TempFolder("week");

        var (code, _, error) = await CliRunner.RunAsync(["build", .. TestInputs.Clean(temp), "--templates", RepoPaths.Templates, "--out", Path.Combine(temp.Path, "out"), "--week", "2026-W47"]);

        Assert.Equal(0, code);
        Assert.DoesNotContain("warning:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("weekly-ir")]
    public async Task Build_OutIsAnExistingFile_IsAUsageErrorNamingThePath(string fileUnderOut)
    {
        // Given --out (or <out>/weekly-ir) is a file, not a folder
        using var temp = new TempFolder("out");
        var outRoot = fileUnderOut.Length == 0 ? temp.Write("out.txt", "not a folder") : Path.Combine(temp.Path, "out");
        var file = fileUnderOut.Length == 0 ? outRoot : temp.Write("out/" + fileUnderOut, "not a folder");

        // When the pack is built
        var (code, output, error) = await CliRunner.RunAsync(["build", .. TestInputs.Clean(temp), "--templates", RepoPaths.Templates, "--out", outRoot, "--week", "2026-W47"]);

        // Then one line says which path is in the way, and the file is untouched
        Assert.Equal(1, code);
        Assert.StartsWith("error: --out", error, StringComparison.Ordinal);
        Assert.Contains($"'{file}' is a file, not a folder", error, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected", error + output, StringComparison.Ordinal);
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Fact]
    public async Task Build_MissingFiguresFolder_ExitsOneNamingTheFolder()
    {
        using var temp = new TempFolder("figures");
        var inputs = TestInputs.Clean(temp);
        Directory.Delete(Path.Combine(temp.Path, "figures"), recursive: true);

        var (code, output, error) = await CliRunner.RunAsync(["build", .. inputs, "--templates", RepoPaths.Templates, "--out", Path.Combine(temp.Path, "out")]);

        Assert.Equal(1, code);
        Assert.Contains(Path.Combine(temp.Path, "figures"), error, StringComparison.Ordinal);
        Assert.Contains("--figures", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error + output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_UnexpectedException_PrintsOneLineAndNoStackTrace()
    {
        // Given standard output that fails on write (a full disk, a closed pipe)
        using var temp = new TempFolder("unexpected");
        var error = new StringWriter();

        // When the build prints its summary
        var code = await Hosting.CliApp.RunAsync(
            ["build", .. TestInputs.Clean(temp), "--templates", RepoPaths.Templates, "--out", Path.Combine(temp.Path, "out"), "--week", "2026-W47"],
            new FailingWriter(), error, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(CliRunner.Now),
            Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance, TerminalSettings.Plain);

        // Then one readable line, no stack trace
        Assert.Equal(1, code);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"error: unexpected failure: No space left on device (details in the log file under {ReportAutomation.Cli.Hosting.LoggingSetup.Folder}/)", Assert.Single(lines));
    }

    [Fact]
    public async Task BuildAndValidate_CleanInputs_ExitZero()
    {
        // Given inputs without a single problem
        using var temp = new TempFolder("clean");
        var inputs = TestInputs.Clean(temp);

        // When they are validated and built
        var validate = await CliRunner.RunAsync(["validate", .. inputs, "--week", "2026-W47"]);
        var build = await CliRunner.RunAsync(["build", .. inputs, "--templates", RepoPaths.Templates, "--out", Path.Combine(temp.Path, "out"), "--week", "2026-W47"]);

        // Then both exit 0, and the pack holds the clean rows
        Assert.True(validate.ExitCode == 0, validate.Output + validate.Error);
        Assert.Contains("No data issues.", validate.Output, StringComparison.Ordinal);
        Assert.True(build.ExitCode == 0, build.Output + build.Error);
        var folder = Path.Combine(temp.Path, "out", "weekly-ir", "2026-W47");
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        Assert.Equal(2, manifest.RootElement.GetProperty("investments").GetArrayLength());
        Assert.Equal(1, manifest.RootElement.GetProperty("articles").GetArrayLength());
        Assert.Equal(0, manifest.RootElement.GetProperty("issues").GetArrayLength());
        OpenXmlValidation.AssertValid(Path.Combine(folder, "weekly-ir-2026-W47.xlsx"));
        Assert.Equal(["manifest.json", "weekly-ir-2026-W47.docx", "weekly-ir-2026-W47.pdf", "weekly-ir-2026-W47.xlsx"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private sealed class FailingWriter : StringWriter
    {
        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void Write(char[] buffer, int index, int count) => throw new IOException("No space left on device");
    }
}
