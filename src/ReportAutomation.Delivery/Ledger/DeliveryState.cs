namespace ReportAutomation.Delivery.Ledger;

/// <summary>Where one recipient's delivery stands. Stored as lower-case words (see <see cref="DeliveryStates"/>).</summary>
public enum DeliveryState
{
    /// <summary>Recorded, not yet tried.</summary>
    Pending,

    /// <summary>A worker holds a lease on it and is connecting; no message has been handed over yet.</summary>
    Claimed,

    /// <summary>The message transaction has started: whether the relay has it is known only from its reply.</summary>
    Sending,

    /// <summary>The relay accepted the message (or the outbox file is in place).</summary>
    Sent,

    /// <summary>Transient failures used up this run's retries; the next run tries again.</summary>
    Failed,

    /// <summary>The relay refused the recipient or message for good (5xx): dead-lettered, never retried.</summary>
    Dead,

    /// <summary>The connection was lost after the whole message went out: it may have been delivered; a person decides.</summary>
    Unknown,
}
