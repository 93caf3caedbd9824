using DocumentFormat.OpenXml.Packaging;
using MimeKit;
using ReportAutomation.Delivery.Ledger;

namespace ReportAutomation.Delivery.Tests.Smtp;

public sealed class SmtpDeliveryTests
{
    private static readonly string[] Three = ["ana@example.com", "ben@example.com", "cat@example.com"];

    [Fact]
    public async Task SendAsync_RealServer_EachRecipientGetsThePackOnce()
    {
        using var setup = new DeliverySetup(to: Three);
        using var server = TestSmtpServer.Start(setup.Folder.Path);
        using var configured = Reconfigure(setup, server.Port);

        var report = await configured.SendAsync();
        var rerun = await configured.SendAsync();

        Assert.True(report.AllDelivered);
        Assert.Equal(0, rerun.SentNow);
        var messages = server.Messages();
        Assert.Equal(Three, messages.Select(m => Assert.Single(m.Recipients)).Order(StringComparer.Ordinal));
        var (message, _) = messages[0];
        Assert.Equal("Pack 2026-W47", message.Subject);
        Assert.Equal("reports@example.com", message.From.Mailboxes.Single().Address);
        Assert.Contains("Week 2026-W47", message.TextBody, StringComparison.Ordinal);
        var parts = message.Attachments.Cast<MimePart>().ToDictionary(p => p.FileName ?? string.Empty, StringComparer.Ordinal);
        Assert.Equal(["weekly-ir-2026-W47.pdf", "weekly-ir-2026-W47.xlsx"], parts.Keys.Order(StringComparer.Ordinal));
        using var bytes = new MemoryStream();
        parts["weekly-ir-2026-W47.xlsx"].Content!.DecodeTo(bytes);
        bytes.Position = 0;
        using var workbook = SpreadsheetDocument.Open(bytes, false);
        Assert.NotEmpty(workbook.WorkbookPart!.WorksheetParts);

        // The attached deck is a sound PDF, checked by qpdf
        var qpdf = ReportAutomation.TestKit.ExternalTool.Require("qpdf", "qpdf");
        var pdf = Path.Combine(Path.GetTempPath(), $"ra-attached-{Guid.NewGuid():N}.pdf");
        using (var file = File.Create(pdf))
        {
            parts["weekly-ir-2026-W47.pdf"].Content!.DecodeTo(file);
        }

        var check = ReportAutomation.TestKit.ExternalTool.Run(qpdf, ["--check", pdf]);
        File.Delete(pdf);
        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        Assert.Equal("application/pdf", parts["weekly-ir-2026-W47.pdf"].ContentType.MimeType);
        Assert.Equal(messages.Select(m => m.Message.MessageId).Order(StringComparer.Ordinal), report.Deliveries.Select(d => d.MessageId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SendAsync_451ThenAccepted_RetriedAndSentOnce()
    {
        using var setup = new DeliverySetup(to: ["ana@example.com"]);
        using var server = TestSmtpServer.Start(setup.Folder.Path, null, "--fail-data", "2", "451");
        using var configured = Reconfigure(setup, server.Port);

        var report = await configured.SendAsync();

        Assert.True(report.AllDelivered);
        Assert.Single(server.Messages());
    }

    [Fact]
    public async Task SendAsync_550ForOneOfThree_DeadLettered_OthersServed()
    {
        using var setup = new DeliverySetup(to: Three);
        using var server = TestSmtpServer.Start(setup.Folder.Path, null, "--reject-rcpt", "ben@example.com");
        using var configured = Reconfigure(setup, server.Port);

        var report = await configured.SendAsync();
        var rerun = await configured.SendAsync();

        Assert.False(report.AllDelivered);
        var ben = report.Deliveries.Single(d => d.Key.Address == "ben@example.com");
        Assert.Equal(DeliveryState.Dead, ben.State);
        Assert.Contains("550", ben.Error, StringComparison.Ordinal);
        Assert.Equal(["ana@example.com", "cat@example.com"], server.Messages().Select(m => m.Recipients[0]).Order(StringComparer.Ordinal));
        Assert.Equal(0, rerun.SentNow);
    }

    [Fact]
    public async Task SendAsync_ConnectionDroppedAfterFinalDot_Unknown_NeverResent()
    {
        using var setup = new DeliverySetup(to: ["ana@example.com", "ben@example.com"]);
        using var server = TestSmtpServer.Start(setup.Folder.Path, null, "--drop-after-data", "1");
        using var configured = Reconfigure(setup, server.Port);

        var report = await configured.SendAsync();
        var rerun = await configured.SendAsync();

        var ana = report.Deliveries.Single(d => d.Key.Address == "ana@example.com");
        Assert.Equal(DeliveryState.Unknown, ana.State);
        Assert.Equal(DeliveryState.Sent, report.Deliveries.Single(d => d.Key.Address == "ben@example.com").State);
        Assert.Equal(0, rerun.SentNow);
        Assert.Equal(["ana@example.com", "ben@example.com"], server.Messages().Select(m => m.Recipients[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SendAsync_ServerDownThenUp_RetriedUntilItAnswers()
    {
        using var setup = new DeliverySetup(to: ["ana@example.com"]);
        var port = TestSmtpServer.FreePort();

        // Ten doublings of 0.1 s give the late server well over a minute to come up on a loaded CI machine;
        // the send finishes as soon as it answers.
        using var configured = Reconfigure(setup, port, retryAttempts: 10);
        TestSmtpServer? server = null;
        var starter = Task.Run(async () =>
        {
            await Task.Delay(1500);
            server = TestSmtpServer.Start(setup.Folder.Path, port);
        });

        var report = await configured.SendAsync();
        await starter;
        using (server)
        {
            Assert.True(report.AllDelivered);
            Assert.Single(server!.Messages());
        }
    }

    private static DeliverySetup Reconfigure(DeliverySetup setup, int port, int retryAttempts = 5)
    {
        var to = setup.Load().Options.Packs[0].Recipients.To.ToArray();
        return new DeliverySetup(to: to, smtpPort: port, retryAttempts: retryAttempts);
    }
}
