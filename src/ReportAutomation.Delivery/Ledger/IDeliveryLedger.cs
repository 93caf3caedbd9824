namespace ReportAutomation.Delivery.Ledger;

/// <summary>
/// The run ledger: a row per pack/week run and per recipient delivery. Every change is one conditional statement
/// (insert-if-absent, update-where-state), so the same semantics hold when several workers share a PostgreSQL ledger.
/// </summary>
public interface IDeliveryLedger : IDisposable
{
    /// <summary>Records the pack/week run if absent (with <paramref name="generatedAt"/> as its pack clock) and returns it.</summary>
    RunRecord OpenRun(string pack, string week, DateTimeOffset generatedAt, DateTimeOffset now);

    /// <summary>
    /// Claims the run for <paramref name="owner"/> (or renews its own claim) until <paramref name="now"/> plus
    /// <paramref name="lease"/>; false while another owner's lease holds, so only one worker builds and sends a run.
    /// </summary>
    bool TryClaimRun(string pack, string week, string owner, DateTimeOffset now, TimeSpan lease);

    /// <summary>Ends <paramref name="owner"/>'s claim on the run (when it is done, or when it is known to be gone).</summary>
    void ReleaseRun(string pack, string week, string owner);

    /// <summary>Starts a forced resend: the run's generation goes up by one and its state back to building.</summary>
    RunRecord StartResend(string pack, string week, DateTimeOffset now);

    /// <summary>Records the run's new state (and folder or error).</summary>
    void UpdateRun(string pack, string week, RunState state, string? folder, string? error, DateTimeOffset now);

    /// <summary>The run, or null.</summary>
    RunRecord? FindRun(string pack, string week);

    /// <summary>Runs, newest week first, optionally for one pack and/or week.</summary>
    IReadOnlyList<RunRecord> Runs(string? pack, string? week);

    /// <summary>Records the delivery if absent (pending). Returns the row as it now stands.</summary>
    DeliveryRecord Ensure(DeliveryKey key, string kind, string messageId, DateTimeOffset now);

    /// <summary>Claims a pending or failed delivery (or one whose claim lapsed before sending) for <paramref name="owner"/>; false when another state or owner holds it.</summary>
    bool TryClaim(DeliveryKey key, string owner, DateTimeOffset now, TimeSpan lease);

    /// <summary>Ends the lease of a claim or send whose owner is gone, so it can be judged now rather than when it lapses.</summary>
    void ExpireLease(DeliveryKey key, string owner);

    /// <summary>Takes over a send whose owner's lease lapsed, when the transport can tell the message never went out.</summary>
    bool TryReclaimSending(DeliveryKey key, string owner, DateTimeOffset now, TimeSpan lease);

    /// <summary>Written just before the message transaction: from here a lost connection means "unknown".</summary>
    void MarkSending(DeliveryKey key, string owner, DateTimeOffset now);

    /// <summary>Written after the transaction: sent, failed, dead-lettered or unknown, with the error when there was one.</summary>
    void MarkOutcome(DeliveryKey key, DeliveryState state, string? error, DateTimeOffset now);

    /// <summary>The delivery, or null.</summary>
    DeliveryRecord? Find(DeliveryKey key);

    /// <summary>Every delivery of a pack/week (all generations), by generation then address.</summary>
    IReadOnlyList<DeliveryRecord> Deliveries(string pack, string week);
}
