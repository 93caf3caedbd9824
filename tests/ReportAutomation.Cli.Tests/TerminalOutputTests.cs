using Microsoft.Extensions.Logging;
using ReportAutomation.Cli.Hosting;
using ReportAutomation.Cli.Terminal;
using ReportAutomation.TestKit;
using Serilog.Extensions.Logging;

namespace ReportAutomation.Cli.Tests;

public sealed class TerminalOutputTests
{
    private const string Hostile = "\u001b[2J\u001b]0;PWNED\u0007";
    private const string HostileShown = @"\x1B[2J\x1B]0;PWNED\x07";

    [Fact]
    public async Task Validate_ControlCharactersInCellAndFileName_ShownAsVisibleEscapesInTableAndLog()
    {
        // Given a bad amount made of terminal escape sequences, in a figure file whose name holds one too
        using var temp = new TempFolder("esc");
        var inputs = TestInputs.CleanPlus(temp, $"2026-11-18,Microsoft,Wales,{Hostile},USD,Capex,Press release");
        File.Move(Path.Combine(temp.Path, "figures", "investments.csv"), Path.Combine(temp.Path, "figures", "invest\u001b[31mments.csv"));
        var console = new StringWriter();
        using var logger = LoggingSetup.CreateLogger([], Path.Combine(temp.Path, "logs"), console, noColour: true);
        using var loggers = new SerilogLoggerFactory(logger);

        // When the inputs are validated
        var (code, output, error) = await CliRunner.RunAsync(TerminalSettings.Plain, loggers, CancellationToken.None, ["validate", .. inputs, "--week", "2026-W47"]);

        // Then no control character reaches the terminal: the table and the log lines show them as escapes
        var screen = output + error + console;
        Assert.Equal(2, code);
        Assert.DoesNotContain(screen, c => c is '\u001b' or '\u0007');
        Assert.Contains(HostileShown, output, StringComparison.Ordinal);
        Assert.Contains(@"invest\x1B[31mments.csv", output, StringComparison.Ordinal);
        Assert.Contains(@"1 data issue(s) in invest\x1B[31mments.csv", console.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_PlainOutput_HasNoAnsiCodesAndFullValues()
    {
        // Given a data issue whose value (73 characters, under the readers' 100) makes the table wider than 80 columns
        using var temp = new TempFolder("plain");
        var longValue = "about " + string.Join(' ', Enumerable.Repeat("twelve-billion", 4)) + " dollars";
        var inputs = TestInputs.CleanPlus(temp, $"2026-11-18,Microsoft,Wales,{longValue},USD,Capex,Press release");

        // When validate writes to a file or pipe
        var (code, output, _) = await CliRunner.RunAsync(TerminalSettings.Plain, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance, CancellationToken.None, ["validate", .. inputs, "--week", "2026-W47"]);

        // Then the value is printed whole on one line, with no escape codes
        Assert.Equal(2, code);
        Assert.DoesNotContain('\u001b', output);
        Assert.Contains(output.Split('\n'), line => line.Contains(longValue, StringComparison.Ordinal) && line.Contains("not a number", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_RedirectedWithXtermTerminal_WritesPlainTextInAChildProcess()
    {
        // Given TERM=xterm (Spectre would colour for it) but standard output redirected to a pipe, as in `validate > file`
        using var temp = new TempFolder("redirect");
        var longValue = "about " + string.Join(' ', Enumerable.Repeat("twelve-billion", 4)) + " dollars";
        var inputs = TestInputs.CleanPlus(temp, $"2026-11-18,Microsoft,Wales,{longValue},USD,Capex,Press release");

        // When the real program runs
        var (code, output, error) = await CliProcess.RunAsync(
            temp.Path,
            new Dictionary<string, string?> { ["TERM"] = "xterm-256color", ["COLORTERM"] = "truecolor", ["REPORTAUTOMATION_LOGS"] = Path.Combine(temp.Path, "logs") },
            ["validate", .. inputs, "--week", "2026-W47"]);

        // Then stdout holds the table as plain text, the value unabridged and unwrapped
        Assert.True(code == 2, $"exit {code}\n{output}\n{error}");
        Assert.DoesNotContain('\u001b', output + error);
        Assert.Contains(output.Split('\n'), line => line.Contains(longValue, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("a\u001bb", @"a\x1Bb")]
    [InlineData("tab\there", @"tab\x09here")]
    [InlineData("line\nbreak\r", @"line\x0Abreak\x0D")]
    [InlineData("del\u007f c1\u009b", @"del\x7F c1\x9B")]
    [InlineData("bidi\u202Eevil", @"bidi\u202Eevil")]
    [InlineData("plain £ text – ok", "plain £ text – ok")]
    public void InertText_Of_WritesControlCharactersAsEscapes(string text, string expected)
    {
        Assert.Equal(expected, InertText.Of(text));
    }

    [Fact]
    public void InertLineWriter_Write_KeepsLineBreaksAndEscapesTheRest()
    {
        var inner = new StringWriter();
        var writer = new InertLineWriter(inner);

        writer.WriteLine("error: " + Hostile);
        writer.Write('\u001b');

        Assert.Equal("error: " + HostileShown + Environment.NewLine + @"\x1B", inner.ToString());
    }

    [Fact]
    public void LoggingSetup_ConsoleLine_IsInertWhileTheJsonFileKeepsTheExactValue()
    {
        // Given the host's logger writing its console lines to a writer and its JSON file to a temp folder
        using var temp = new TempFolder("log");
        var console = new StringWriter();
        using (var logger = LoggingSetup.CreateLogger([], temp.Path, console, noColour: true))
        {
            // When a value read from an input is logged
            using var loggers = new SerilogLoggerFactory(logger);
            loggers.CreateLogger("Test").LogWarning("Odd value {Value} in {File}", Hostile, "x.csv");
        }

        // Then the console shows escapes, and the file keeps the value exactly (JSON-escaped) as a property
        Assert.Contains("WRN Odd value " + HostileShown + " in x.csv", console.ToString(), StringComparison.Ordinal);
        var line = File.ReadAllLines(Directory.GetFiles(temp.Path, "reportautomation-*.json").Single()).Single();
        using var json = System.Text.Json.JsonDocument.Parse(line);
        Assert.Equal(Hostile, json.RootElement.GetProperty("Value").GetString());
        Assert.Equal("Odd value {Value} in {File}", json.RootElement.GetProperty("@mt").GetString());
    }
}
