using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using ReportAutomation.Cli.Terminal;
using ReportAutomation.TestKit;

namespace ReportAutomation.Cli.Tests;

public sealed class CancellationTests
{
    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task Build_SignalWhileRendering_SaysCancelledExitsOneThirtyAndLeavesNoFile(string signal)
    {
        if (signal == "INT" && SigIntIgnoredHere())
        {
            Assert.Skip("SIGINT is ignored by this test process (started in the background by a non-interactive shell), so a child would ignore it too.");
        }

        // Given a build of 300,000 investment rows running as a real process
        using var temp = new TempFolder("cancel");
        var inputs = TestInputs.Large(temp, 300_000);
        var folder = Path.Combine(temp.Path, "out", "weekly-ir", "2026-W47");
        using var cli = CliProcess.Start(
            temp.Path,
            new Dictionary<string, string?> { ["REPORTAUTOMATION_LOGS"] = Path.Combine(temp.Path, "logs") },
            ["build", .. inputs, "--templates", RepoPaths.Templates, "--out", Path.Combine(temp.Path, "out"), "--week", "2026-W47"]);

        // When the signal arrives while the workbook is being written (its hidden temp file is in the output folder)
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!HasHiddenFile(folder))
        {
            Assert.False(cli.HasExited, "the build ended before its temp file was seen; make the input larger");
            Assert.True(DateTime.UtcNow < deadline, "no temp file appeared in " + folder);
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        cli.Signal(signal);
        var (code, _, error) = await cli.WaitAsync(TimeSpan.FromSeconds(60));

        // Then it stops with 130 and one line, and neither a temp file nor a half pack is left behind
        Assert.True(code == 130, $"exit {code}\n{error}");
        Assert.Contains(error.Split('\n'), line => line == "Cancelled.");
        Assert.DoesNotContain("Cancelled by the user", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder));
        var log = File.ReadAllText(Directory.GetFiles(Path.Combine(temp.Path, "logs")).Single());
        Assert.Contains("Cancelled by the user", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_CancelledToken_SaysCancelledAndExitsOneThirty()
    {
        // Given a cancellation requested before the build gets going (in-process)
        using var temp = new TempFolder("cancel");
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        // When the build runs
        var (code, output, error) = await CliRunner.RunAsync(TerminalSettings.Plain, NullLoggerFactory.Instance, cancel.Token,
            ["build", .. TestInputs.Clean(temp), "--templates", RepoPaths.Templates, "--out", Path.Combine(temp.Path, "out"), "--week", "2026-W47"]);

        // Then it says so in one line and writes nothing
        Assert.Equal(130, code);
        Assert.Equal("Cancelled.", error.Trim());
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out", "weekly-ir", "2026-W47")), output);
    }

    [Fact]
    public async Task Build_CancelledRightAfterTheWorkbookIsRenamedIntoPlace_LeavesNoMismatchedPack()
    {
        // Given a complete pack from an earlier run in the week folder, and a cancel that fires the moment this run's
        // workbook has been renamed into place (the renderer's "Wrote" log line), before the manifest is written
        using var temp = new TempFolder("cancel");
        string[] args = ["build", .. TestInputs.Clean(temp), "--templates", RepoPaths.Templates, "--out", Path.Combine(temp.Path, "out"), "--week", "2026-W47"];
        Assert.Equal(0, (await CliRunner.RunAsync(args)).ExitCode);
        var folder = Path.Combine(temp.Path, "out", "weekly-ir", "2026-W47");
        Assert.Equal(4, Directory.GetFiles(folder).Length);
        using var cancel = new CancellationTokenSource();
        using var loggers = new CancelOnMessage("Wrote ", cancel);

        // When the second build runs
        var (code, _, error) = await CliRunner.RunAsync(TerminalSettings.Plain, loggers, cancel.Token, args);

        // Then it is cancelled, and the folder holds neither the new workbook beside the old manifest nor any temp file
        Assert.Equal(130, code);
        Assert.Equal("Cancelled.", error.Trim());
        Assert.Empty(Directory.GetFiles(folder));
    }

    private static bool HasHiddenFile(string folder) =>
        Directory.Exists(folder) && Directory.EnumerateFiles(folder).Any(f => Path.GetFileName(f).StartsWith('.'));

    // /proc/self/status "SigIgn" is a hex mask; SIGINT is signal 2, bit 1.
    private static bool SigIntIgnoredHere()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (ulong.Parse(line["SigIgn:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture) & 0x2) != 0;
    }
}
