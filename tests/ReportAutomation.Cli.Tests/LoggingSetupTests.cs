using System.Text.Json;
using System.Text.RegularExpressions;
using ReportAutomation.TestKit;

namespace ReportAutomation.Cli.Tests;

public sealed class LoggingSetupTests
{
    [Fact]
    public async Task Program_LogsFolderVariable_WritesDailyJsonWithStructuredPropertiesAndReadableConsoleLines()
    {
        // Given REPORTAUTOMATION_LOGS pointing at an empty temp folder and clean inputs with one bad row
        using var temp = new TempFolder("logs");
        var inputs = TestInputs.CleanPlus(temp, "2026-11-18,Microsoft,Wales,lots,USD,Capex,Press release");
        var logs = Path.Combine(temp.Path, "logs");

        // When the real program builds the pack
        var (code, output, error) = await CliProcess.RunAsync(
            temp.Path,
            new Dictionary<string, string?> { ["REPORTAUTOMATION_LOGS"] = logs },
            ["build", .. inputs, "--templates", RepoPaths.Templates, "--out", Path.Combine(temp.Path, "out"), "--week", "2026-W47"]);

        // Then one rolling file named for today holds compact JSON events with named properties (stage timings included)
        Assert.True(code == 2, output + error);
        var file = Assert.Single(Directory.GetFiles(logs));
        Assert.Matches(@"reportautomation-\d{8}\.json$", file);
        var events = File.ReadAllLines(file).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.All(events, e => Assert.True(e.TryGetProperty("@t", out _) && e.TryGetProperty("@mt", out _)));
        var render = Assert.Single(events, e => e.GetProperty("@mt").GetString() == "Stage {Stage} finished in {ElapsedMs} ms" && e.GetProperty("Stage").GetString() == "render xlsx");
        Assert.True(render.GetProperty("ElapsedMs").GetInt64() > 0, "rendering a workbook takes measurable time: the property is the real timing, not a placeholder");
        Assert.Contains(events, e => e.GetProperty("@mt").GetString() == "Stage {Stage} finished in {ElapsedMs} ms" && e.GetProperty("Stage").GetString() == "build pack");
        Assert.Contains(events, e => e.TryGetProperty("Value", out var v) && v.GetString() == "lots" && e.GetProperty("Line").GetInt32() == 4);

        // And the console lines on stderr read "HH:mm:ss LVL message", with no JSON and no per-issue line
        var consoleLines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(consoleLines, line => Assert.Matches(new Regex(@"^\d\d:\d\d:\d\d (INF|WRN) \S"), line));
        Assert.Contains(consoleLines, line => line.EndsWith("WRN 1 data issue(s) in investments.csv", StringComparison.Ordinal));
        Assert.Contains(consoleLines, line => line.Contains("INF Stage render xlsx finished in ", StringComparison.Ordinal));
    }
}
