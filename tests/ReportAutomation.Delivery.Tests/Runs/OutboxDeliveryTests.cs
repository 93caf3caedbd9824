using DocumentFormat.OpenXml.Packaging;
using MimeKit;
using ReportAutomation.Delivery.Ledger;

namespace ReportAutomation.Delivery.Tests.Runs;

public sealed class OutboxDeliveryTests
{
    [Fact]
    public async Task SendAsync_NoSmtp_OneEmlPerRecipient_SecondRunWritesNone()
    {
        using var setup = new DeliverySetup(tweak: root => ((Dictionary<string, object?>[])root["Packs"]!)[0]["Recipients"] =
            new Dictionary<string, object?> { ["To"] = new[] { "ana@example.com" }, ["Cc"] = new[] { "ben@example.com" }, ["Bcc"] = new[] { "secret@example.com" } });

        var first = await setup.SendAsync();
        var files = Directory.GetFiles(setup.Outbox, "*.eml").Order(StringComparer.Ordinal).ToList();
        var second = await setup.SendAsync();

        Assert.True(first.AllDelivered);
        Assert.Equal(3, first.SentNow);
        Assert.Equal(0, second.SentNow);
        Assert.Equal(3, Directory.GetFiles(setup.Outbox, "*.eml").Length);
        var bcc = MimeMessage.Load(files.Single(f => f.EndsWith("secret@example.com.eml", StringComparison.Ordinal)));
        Assert.Equal("Pack 2026-W47", bcc.Subject);
        Assert.Contains("Week 2026-W47: ", bcc.TextBody, StringComparison.Ordinal);
        Assert.Contains("<b>2026-W47</b>", bcc.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("secret@example.com", bcc.Headers[HeaderId.To] + bcc.Headers[HeaderId.Cc], StringComparison.Ordinal);
        Assert.Equal(["weekly-ir-2026-W47.pdf", "weekly-ir-2026-W47.xlsx"], bcc.Attachments.Cast<MimePart>().Select(a => a.FileName).Order(StringComparer.Ordinal));
        var attachment = bcc.Attachments.Cast<MimePart>().Single(a => a.FileName == "weekly-ir-2026-W47.xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", attachment.ContentType.MimeType);
        using var bytes = new MemoryStream();
        attachment.Content!.DecodeTo(bytes);
        bytes.Position = 0;
        using var workbook = SpreadsheetDocument.Open(bytes, false);
        Assert.NotEmpty(workbook.WorkbookPart!.WorksheetParts);
        Assert.Equal(first.Deliveries.Single(d => d.Key.Address == "secret@example.com").MessageId, bcc.MessageId);
    }

    [Fact]
    public async Task SendAsync_Resend_NewGenerationAndMessageIds()
    {
        using var setup = new DeliverySetup(to: ["ana@example.com"]);

        var first = await setup.SendAsync();
        var again = await setup.SendAsync(resend: true);

        Assert.Equal(1, again.SentNow);
        Assert.NotEqual(first.Deliveries[0].MessageId, again.Deliveries[0].MessageId);
        Assert.Equal(2, Directory.GetFiles(setup.Outbox, "*.eml").Length);
    }

    [Fact]
    public async Task SendAsync_BrokenTemplate_NothingSent_AlertToOps()
    {
        using var templates = new TestKit.TempFolder("bad-templates");
        File.WriteAllText(Path.Combine(templates.Path, "weekly-ir.xlsx"), "not a workbook");
        using var setup = new DeliverySetup(templates: templates.Path, tweak: root => root["OpsAddress"] = "ops@example.com");

        var report = await setup.SendAsync();

        Assert.NotNull(report.Error);
        Assert.Equal(RunState.BuildFailed, report.State);
        Assert.All(report.Deliveries, d => Assert.Equal(DeliveryState.Pending, d.State));
        var alert = Assert.Single(Directory.GetFiles(setup.Outbox, "*.eml"));
        Assert.EndsWith("alert-ops@example.com.eml", alert, StringComparison.Ordinal);
        Assert.Contains("was not sent", MimeMessage.Load(alert).Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_SendInterruptedByDeadProcess_OutboxFileAbsent_SentOnceOnRerun()
    {
        using var setup = new DeliverySetup(to: ["ana@example.com", "ben@example.com"]);
        await setup.Service().SendAsync(setup.Load().Options.Packs[0], new Delivery.Runs.SendRequest(DeliverySetup.W47, DryRun: true), CancellationToken.None);
        using (var ledger = SqliteDeliveryLedger.ForOutput(setup.Output))
        {
            // A worker (pid 1 is never this test) died after writing "sending" for ben and before the file was renamed in.
            var key = new DeliveryKey("weekly-ir", "2026-W47", 0, "ben@example.com");
            ledger.OpenRun("weekly-ir", "2026-W47", DeliverySetup.Now, DeliverySetup.Now);
            ledger.Ensure(key, "to", key.MessageId("test.example.com"), DeliverySetup.Now);
            Assert.True(ledger.TryClaim(key, $"{Environment.MachineName}/999999/dead", DeliverySetup.Now, TimeSpan.FromHours(1)));
            ledger.MarkSending(key, $"{Environment.MachineName}/999999/dead", DeliverySetup.Now);
        }

        var report = await setup.SendAsync();

        Assert.True(report.AllDelivered);
        Assert.Equal(2, Directory.GetFiles(setup.Outbox, "*.eml").Length);
    }

    [Fact]
    public async Task SendAsync_RunHeldByAnotherLiveWorker_SendsNothing_AfterItsLeaseLapses_SendsOnce()
    {
        // Given a run another worker (on another host) claimed ten minutes ago with a ten-minute lease
        using var setup = new DeliverySetup(to: ["ana@example.com", "ben@example.com"]);
        using (var ledger = SqliteDeliveryLedger.ForOutput(setup.Output))
        {
            ledger.OpenRun("weekly-ir", "2026-W47", DeliverySetup.Now, DeliverySetup.Now);
            Assert.True(ledger.TryClaimRun("weekly-ir", "2026-W47", "other-host/42/run1", DeliverySetup.Now, TimeSpan.FromMinutes(10)));
        }

        // When this worker sends while the lease holds
        var held = await setup.SendAsync();

        // Then it builds and sends nothing and says who has the run
        Assert.Equal("other-host/42/run1", held.HeldBy);
        Assert.Equal(0, held.SentNow);
        Assert.False(Directory.Exists(setup.Outbox) && Directory.GetFiles(setup.Outbox, "*.eml").Length > 0);
        Assert.Contains(setup.Observer.Lines, l => l.Contains("other-host/42/run1", StringComparison.Ordinal) && l.Contains("left to it", StringComparison.Ordinal));

        // When the lease has lapsed (that worker died), a send takes the run over, delivers each recipient once and frees the run
        setup.Clock.Advance(TimeSpan.FromMinutes(11));
        var report = await setup.SendAsync();
        Assert.Null(report.HeldBy);
        Assert.True(report.AllDelivered);
        Assert.Equal(2, Directory.GetFiles(setup.Outbox, "*.eml").Length);
        using var after = SqliteDeliveryLedger.ForOutput(setup.Output);
        Assert.Null(after.FindRun("weekly-ir", "2026-W47")!.LeaseOwner);
    }

    [Fact]
    public async Task SendAsync_RunHeldByADeadLocalProcess_TakenOverAtOnce()
    {
        using var setup = new DeliverySetup(to: ["ana@example.com"]);
        using (var ledger = SqliteDeliveryLedger.ForOutput(setup.Output))
        {
            ledger.OpenRun("weekly-ir", "2026-W47", DeliverySetup.Now, DeliverySetup.Now);
            Assert.True(ledger.TryClaimRun("weekly-ir", "2026-W47", $"{Environment.MachineName}/999999/dead", DeliverySetup.Now, TimeSpan.FromHours(1)));
        }

        var report = await setup.SendAsync();

        Assert.Null(report.HeldBy);
        Assert.True(report.AllDelivered);
        Assert.Single(Directory.GetFiles(setup.Outbox, "*.eml"));
    }
}
