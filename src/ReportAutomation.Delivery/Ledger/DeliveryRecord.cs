namespace ReportAutomation.Delivery.Ledger;

/// <summary>One recipient's delivery as the ledger holds it.</summary>
/// <param name="Key">Pack, week, generation and address.</param>
/// <param name="Kind">to, cc or bcc.</param>
/// <param name="State">Where it stands.</param>
/// <param name="Attempts">Claims so far (each claim is one or more SMTP attempts).</param>
/// <param name="MessageId">The Message-Id the recipient's message carries.</param>
/// <param name="LeaseOwner">The worker holding the claim, when claimed or sending.</param>
/// <param name="LeaseUntil">When that claim lapses.</param>
/// <param name="Error">The last failure, when there was one.</param>
/// <param name="UpdatedAt">When the row last changed.</param>
/// <param name="SentAt">When the relay accepted it.</param>
public sealed record DeliveryRecord(
    DeliveryKey Key, string Kind, DeliveryState State, int Attempts, string MessageId, string? LeaseOwner,
    DateTimeOffset? LeaseUntil, string? Error, DateTimeOffset UpdatedAt, DateTimeOffset? SentAt);
