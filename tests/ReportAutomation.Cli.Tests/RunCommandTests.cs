using Microsoft.Extensions.Time.Testing;
using MimeKit;
using ReportAutomation.Cli.Hosting;
using ReportAutomation.Cli.Terminal;
using ReportAutomation.TestKit;

namespace ReportAutomation.Cli.Tests;

/// <summary><c>run</c>, the worker, in-process on a fake clock: it catches up the missed firing, fires on schedule, stops cleanly.</summary>
public sealed class RunCommandTests
{
    [Fact]
    public async Task Run_FakeClock_CatchesUpTheMissedWeekThenFiresOnSchedule_StopsWithExit0()
    {
        // Given a pack scheduled for Mondays 07:00 in London, and a worker started on Monday 23 November 2026 at 06:00 UTC
        // (GMT), so the firing of 16 November was missed
        using var folder = new TempFolder("cli-run");
        var (config, output) = PackConfig.Write(folder, "run.json", """{ "To": [ "ana@example.com" ] }""", """ "TimeZone": "Europe/London", "Schedule": "0 7 * * MON", "Attach": [ "pdf" ]""");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero));
        var loggers = new ListLoggerFactory();
        using var stop = new CancellationTokenSource();
        var error = new StringWriter();
        var worker = CliApp.RunAsync(["run", "--config", config], new StringWriter(), error, clock, loggers, TerminalSettings.Plain, stop.Token);

        // When it has caught up (its loop then announces the next firing) ...
        await WaitForAsync(loggers, 1, worker);
        var outbox = Path.Combine(output, "outbox", "weekly-ir");
        Assert.Single(Directory.GetFiles(Path.Combine(outbox, "2026-W46"), "*.eml"));
        Assert.False(Directory.Exists(Path.Combine(outbox, "2026-W47")), "W47 was sent before its firing");

        // ... and the clock reaches the firing of Monday 23 November 07:00
        clock.Advance(TimeSpan.FromHours(1));
        await WaitForAsync(loggers, 2, worker);

        // Then that firing sent the week that ended the day before, with the deck attached
        var message = await MimeMessage.LoadAsync(Assert.Single(Directory.GetFiles(Path.Combine(outbox, "2026-W47"), "*.eml")), TestContext.Current.CancellationToken);
        Assert.Equal("ana@example.com", Assert.Single(message.To.Mailboxes).Address);
        var deck = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.Equal(("application/pdf", "weekly-ir-2026-W47.pdf"), (deck.ContentType.MimeType, deck.FileName));

        // And a stop request (what SIGTERM raises) ends the worker cleanly with exit code 0
        await stop.CancelAsync();
        var code = await worker.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        Assert.Equal(0, code);
        Assert.Contains("Worker running 1 pack(s)", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_AsAProcess_Sigterm_StopsGracefullyWithExit0()
    {
        // Given the worker running as a real process, waiting for a firing that is far away (29 February)
        using var folder = new TempFolder("cli-run");
        var (config, _) = PackConfig.Write(folder, "run.json", """{ "To": [ "ana@example.com" ] }""", """ "TimeZone": "Europe/London", "Schedule": "0 7 29 2 *" """);
        var logs = Path.Combine(folder.Path, "logs");
        using var cli = CliProcess.Start(folder.Path, new Dictionary<string, string?> { ["REPORTAUTOMATION_LOGS"] = logs }, "run", "--config", config);
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!LogSays(logs, "Next run of"))
        {
            Assert.False(cli.HasExited, "the worker ended before it was waiting for its next run");
            Assert.True(DateTime.UtcNow < deadline, "the worker never announced its next run");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        // When systemd (or anyone) sends SIGTERM
        cli.Signal("TERM");
        var (code, _, error) = await cli.WaitAsync(TimeSpan.FromSeconds(60));

        // Then it stops cleanly: exit 0, no "Cancelled." as for an interrupted build, and the log says it stopped
        Assert.True(code == 0, $"exit {code}\n{error}");
        Assert.DoesNotContain("Cancelled.", error, StringComparison.Ordinal);
        Assert.True(LogSays(logs, "Worker stopped"), "the log does not say the worker stopped");
    }

    private static bool LogSays(string logs, string text) =>
        Directory.Exists(logs) && Directory.GetFiles(logs).Any(f => ReadShared(f).Contains(text, StringComparison.Ordinal));

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new StreamReader(stream).ReadToEnd();
    }

    // Waits until the scheduler announced its next wait `count` times: it logs that right before waiting on the clock.
    private static async Task WaitForAsync(ListLoggerFactory loggers, int count, Task<int> worker)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (loggers.Count("Next run of") < count)
        {
            Assert.False(worker.IsCompleted, "the worker stopped: " + string.Join('\n', loggers.Entries.Select(e => e.Message)));
            Assert.True(DateTime.UtcNow < deadline, "the worker never announced its next run: " + string.Join('\n', loggers.Entries.Select(e => e.Message)));
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        await Task.Delay(50, TestContext.Current.CancellationToken);
    }
}
