using ReportAutomation.Delivery.Ledger;
using ReportAutomation.TestKit;

namespace ReportAutomation.Delivery.Tests.Ledger;

public sealed class SqliteDeliveryLedgerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 30, 7, 0, 0, TimeSpan.Zero);
    private static readonly DeliveryKey Key = new("weekly-ir", "2026-W47", 0, "ana@example.com");

    [Fact]
    public void OpenRun_Twice_KeepsTheFirstRow()
    {
        using var folder = new TempFolder("ledger");
        using var ledger = SqliteDeliveryLedger.ForOutput(folder.Path);

        var first = ledger.OpenRun("weekly-ir", "2026-W47", T0, T0);
        var second = ledger.OpenRun("weekly-ir", "2026-W47", T0.AddHours(1), T0.AddHours(1));

        Assert.Equal(first.GeneratedAt, second.GeneratedAt);
        Assert.Equal(RunState.Building, second.State);
        Assert.Single(ledger.Runs(null, null));
    }

    [Fact]
    public void TryClaim_SecondOwnerBeforeLeaseLapses_Refused_AfterLapse_Granted()
    {
        using var folder = new TempFolder("ledger");
        using var ledger = SqliteDeliveryLedger.ForOutput(folder.Path);
        ledger.Ensure(Key, "to", Key.MessageId("x.example"), T0);
        ledger.Ensure(Key, "to", "other-id", T0);

        Assert.True(ledger.TryClaim(Key, "worker-a", T0, TimeSpan.FromMinutes(10)));
        Assert.False(ledger.TryClaim(Key, "worker-b", T0.AddMinutes(5), TimeSpan.FromMinutes(10)));
        Assert.True(ledger.TryClaim(Key, "worker-b", T0.AddMinutes(11), TimeSpan.FromMinutes(10)));
        var row = ledger.Find(Key)!;
        Assert.Equal(("worker-b", 2, DeliveryState.Claimed), (row.LeaseOwner, row.Attempts, row.State));
        Assert.Equal(Key.MessageId("x.example"), row.MessageId);
    }

    [Fact]
    public void TryClaimRun_OtherOwnerRefusedWhileLeaseHolds_OwnerRenews_ReleaseOrLapseFreesIt()
    {
        using var folder = new TempFolder("ledger");
        using var ledger = SqliteDeliveryLedger.ForOutput(folder.Path);
        ledger.OpenRun("weekly-ir", "2026-W47", T0, T0);
        var lease = TimeSpan.FromMinutes(10);

        Assert.True(ledger.TryClaimRun("weekly-ir", "2026-W47", "worker-a", T0, lease));
        Assert.False(ledger.TryClaimRun("weekly-ir", "2026-W47", "worker-b", T0.AddMinutes(5), lease));
        Assert.True(ledger.TryClaimRun("weekly-ir", "2026-W47", "worker-a", T0.AddMinutes(8), lease));
        Assert.False(ledger.TryClaimRun("weekly-ir", "2026-W47", "worker-b", T0.AddMinutes(12), lease));
        var held = ledger.FindRun("weekly-ir", "2026-W47")!;
        Assert.Equal(("worker-a", T0.AddMinutes(18)), (held.LeaseOwner, held.LeaseUntil));

        ledger.ReleaseRun("weekly-ir", "2026-W47", "worker-b");
        Assert.Equal("worker-a", ledger.FindRun("weekly-ir", "2026-W47")!.LeaseOwner);
        ledger.ReleaseRun("weekly-ir", "2026-W47", "worker-a");
        Assert.True(ledger.TryClaimRun("weekly-ir", "2026-W47", "worker-b", T0.AddMinutes(13), lease));
        Assert.True(ledger.TryClaimRun("weekly-ir", "2026-W47", "worker-c", T0.AddMinutes(24), lease));
        Assert.Equal("worker-c", ledger.FindRun("weekly-ir", "2026-W47")!.LeaseOwner);
    }

    [Fact]
    public void Open_LedgerMadeBeforeRunsWereClaimed_GainsTheLeaseColumnsAndKeepsItsRows()
    {
        // Given a ledger file written by the previous schema (runs without a lease)
        using var folder = new TempFolder("ledger");
        var path = Path.Combine(folder.Path, SqliteDeliveryLedger.FileName);
        using (var old = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = """
                CREATE TABLE runs (pack TEXT NOT NULL, week TEXT NOT NULL, generation INTEGER NOT NULL, state TEXT NOT NULL,
                    generated_at BIGINT NOT NULL, folder TEXT NULL, error TEXT NULL, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,
                    PRIMARY KEY (pack, week));
                INSERT INTO runs VALUES ('weekly-ir', '2026-W46', 0, 'delivered', 0, NULL, NULL, 0, 0);
                """;
            create.ExecuteNonQuery();
        }

        // When today's ledger opens it
        using var ledger = new SqliteDeliveryLedger(path);

        // Then the old run is still there and runs can be claimed
        Assert.Equal(RunState.Delivered, ledger.FindRun("weekly-ir", "2026-W46")!.State);
        Assert.True(ledger.TryClaimRun("weekly-ir", "2026-W46", "worker-a", T0, TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void MarkOutcome_Sent_NeverClaimedAgain_SendingNeverReclaimedByClaim()
    {
        using var folder = new TempFolder("ledger");
        using var ledger = SqliteDeliveryLedger.ForOutput(folder.Path);
        var other = Key with { Address = "ben@example.com" };
        ledger.Ensure(Key, "to", "a", T0);
        ledger.Ensure(other, "to", "b", T0);
        ledger.TryClaim(Key, "w", T0, TimeSpan.FromSeconds(1));
        ledger.TryClaim(other, "w", T0, TimeSpan.FromSeconds(1));
        ledger.MarkSending(Key, "w", T0);
        ledger.MarkSending(other, "w", T0);
        ledger.MarkOutcome(Key, DeliveryState.Sent, null, T0);

        Assert.False(ledger.TryClaim(Key, "w2", T0.AddDays(1), TimeSpan.FromSeconds(1)));
        Assert.False(ledger.TryClaim(other, "w2", T0.AddDays(1), TimeSpan.FromSeconds(1)));
        Assert.Equal(DeliveryState.Sent, ledger.Find(Key)!.State);
        Assert.Equal(T0, ledger.Find(Key)!.SentAt);
        Assert.Equal(DeliveryState.Sending, ledger.Find(other)!.State);
    }

    [Fact]
    public void MessageId_SameKey_Same_OtherRecipientOrGeneration_Different()
    {
        Assert.Equal(Key.MessageId("d"), new DeliveryKey("weekly-ir", "2026-W47", 0, "ana@example.com").MessageId("d"));
        Assert.NotEqual(Key.MessageId("d"), (Key with { Address = "ben@example.com" }).MessageId("d"));
        Assert.EndsWith(".r1@d", (Key with { Generation = 1 }).MessageId("d"), StringComparison.Ordinal);
    }
}
