using ReportAutomation.TestKit;

namespace ReportAutomation.Cli.Tests;

public sealed class DeliveryCommandTests
{
    [Fact]
    public async Task Send_BadCron_OneLineExit1()
    {
        using var folder = new TempFolder("cli-send");
        var config = folder.File("bad.json");
        File.WriteAllText(config, """{ "Packs": [ { "Name": "weekly-ir", "Schedule": "every monday", "Recipients": { "To": [ "ana@example.com" ] } } ] }""");

        var (code, _, error) = await CliRunner.RunAsync("send", "--config", config);

        Assert.Equal(1, code);
        Assert.Contains("Packs:0:Schedule 'every monday' is not a cron schedule", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Send_ThenDeliveries_OutboxOncePerRecipient_LedgerShown()
    {
        using var folder = new TempFolder("cli-send");
        var (config, output) = PackConfig.Write(folder, "ok.json", """{ "To": [ "ana@example.com" ], "Bcc": [ "archive@example.com" ] }""", """ "Attach": [ "pdf", "xlsx" ]""");

        var first = await CliRunner.RunAsync("send", "--config", config, "--week", "2026-W47");
        var second = await CliRunner.RunAsync("send", "--config", config, "--week", "2026-W47");
        var ledger = await CliRunner.RunAsync("deliveries", "--config", config);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(output, "outbox", "weekly-ir", "2026-W47"), "*.eml").Length);
        Assert.Contains("nothing to send", second.Output + second.Error, StringComparison.Ordinal);
        Assert.Contains("archive@example.com", ledger.Output, StringComparison.Ordinal);
        Assert.Contains("sent", ledger.Output, StringComparison.Ordinal);
    }
}
