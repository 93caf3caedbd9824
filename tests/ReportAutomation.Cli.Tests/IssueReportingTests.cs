using System.Text.Json;
using ReportAutomation.Cli.Hosting;
using ReportAutomation.Cli.Terminal;
using ReportAutomation.TestKit;
using Serilog.Extensions.Logging;

namespace ReportAutomation.Cli.Tests;

public sealed class IssueReportingTests
{
    [Fact]
    public async Task Validate_DataIssues_ConsoleShowsCountPerFileAndTableOnceAndTheFileLogHasEachIssue()
    {
        // Given a bad amount, a manifest row naming no article, and a page with no article text (an issue with no line or column), no date and no headline (two warnings)
        using var temp = new TempFolder("issues");
        var inputs = TestInputs.CleanPlus(temp, "2026-11-18,Microsoft,Wales,lots,USD,Capex,Press release", "2026-11-19,Nvidia,Robots,12,USD,Capex,");
        File.AppendAllText(Path.Combine(temp.Path, "articles", "articles.csv"), "missing.txt,2026-11-18\n");
        temp.Write("articles/2026-11-19-empty.html", "<html><body><nav><a href=\"/\">Home</a></nav></body></html>");
        var console = new StringWriter();
        var logs = Path.Combine(temp.Path, "logs");
        int code;
        string output;
        using (var logger = LoggingSetup.CreateLogger([], logs, console, noColour: true))
        {
            using var loggers = new SerilogLoggerFactory(logger);

            // When the inputs are validated
            (code, output, _) = await CliRunner.RunAsync(TerminalSettings.Plain, loggers, CancellationToken.None, ["validate", .. inputs, "--week", "2026-W47"]);
        }

        // Then the console log has one count line per file and no line per issue; the table shows each issue once
        var log = console.ToString();
        Assert.Equal(2, code);
        Assert.Contains("WRN 1 data issue(s) in articles/articles.csv", log, StringComparison.Ordinal);
        Assert.Contains("WRN 3 data issue(s) in articles/2026-11-19-empty.html", log, StringComparison.Ordinal);
        Assert.Contains("WRN 1 data issue(s) in investments.csv", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Data issue in", log, StringComparison.Ordinal);
        Assert.DoesNotContain("null", log, StringComparison.Ordinal);
        Assert.DoesNotContain("missing.txt", log, StringComparison.Ordinal);
        Assert.DoesNotContain("no article text", log, StringComparison.Ordinal);
        Assert.Single(output.Split('\n'), line => line.Contains("lots", StringComparison.Ordinal));
        Assert.Single(output.Split('\n'), line => line.Contains("missing.txt", StringComparison.Ordinal));

        // And the JSON log file still has every issue with its structured properties
        var events = File.ReadAllLines(Directory.GetFiles(logs).Single()).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var lots = Assert.Single(events, e => e.TryGetProperty("Value", out var v) && v.GetString() == "lots");
        Assert.Equal("investments.csv", lots.GetProperty("File").GetString());
        Assert.Equal(4, lots.GetProperty("Line").GetInt32());
        Assert.Equal("amount", lots.GetProperty("Column").GetString());
        Assert.Contains(events, e => e.TryGetProperty("Reason", out var r) && r.GetString()!.Contains("not an article", StringComparison.Ordinal));
        Assert.Contains(events, e => e.TryGetProperty("File", out var f) && f.GetString() == "articles/2026-11-19-empty.html" && e.TryGetProperty("Reason", out _));
    }

    [Fact]
    public async Task Validate_Table_ShowsLineAndColumnOfEachIssue()
    {
        using var temp = new TempFolder("issues");
        var inputs = TestInputs.CleanPlus(temp, "2026-11-18,Microsoft,Wales,lots,USD,Capex,Press release");

        var (code, output, _) = await CliRunner.RunAsync(["validate", .. inputs, "--week", "2026-W47"]);

        // Then the row for the bad amount reads: file, line 4, column amount, the value, the reason
        Assert.Equal(2, code);
        var row = Assert.Single(output.Split('\n'), line => line.Contains("lots", StringComparison.Ordinal));
        var cells = row.Split('│', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(c => c.Length > 0).ToList();
        Assert.Equal(["error", "investments.csv", "4", "amount", "lots"], cells.Take(5));
    }

    [Fact]
    public async Task Build_ManyIssues_PrintsAShortListPointingAtValidate()
    {
        // Given twelve bad rows
        using var temp = new TempFolder("issues");
        var bad = Enumerable.Range(1, 12).Select(i => $"2026-11-18,Microsoft,Site {i},lots,USD,Capex,Press release").ToArray();
        var inputs = TestInputs.CleanPlus(temp, bad);

        // When the pack is built
        var (code, output, error) = await CliRunner.RunAsync(["build", .. inputs, "--templates", RepoPaths.Templates, "--out", Path.Combine(temp.Path, "out"), "--week", "2026-W47"]);

        // Then the first ten are listed one per line with their location, and the user is pointed at validate
        Assert.True(code == 2, output + error);
        Assert.Contains("12 data issue(s): 12 error(s), 0 warning(s), the first 10 (run validate for the full table):", output, StringComparison.Ordinal);
        Assert.Contains("investments.csv:4 [amount]: not a number (value 'lots')", output, StringComparison.Ordinal);
        Assert.Equal(10, output.Split('\n').Count(line => line.StartsWith("  error investments.csv:", StringComparison.Ordinal)));
    }
}
