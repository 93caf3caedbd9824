namespace ReportAutomation.Delivery.Ledger;

/// <summary>One pack/week run as the ledger holds it.</summary>
/// <param name="Pack">Pack name.</param>
/// <param name="Week">ISO week label.</param>
/// <param name="Generation">The current generation (0 unless resent).</param>
/// <param name="State">Where the run stands.</param>
/// <param name="GeneratedAt">The pack clock every build of this run uses, so rebuilt documents are byte-identical.</param>
/// <param name="Folder">The pack's week folder, once built.</param>
/// <param name="Error">Why the build failed, when it did.</param>
/// <param name="CreatedAt">When the run was first recorded.</param>
/// <param name="UpdatedAt">When the run last changed.</param>
/// <param name="LeaseOwner">The worker building and sending it now, if any.</param>
/// <param name="LeaseUntil">When that worker's claim lapses.</param>
public sealed record RunRecord(
    string Pack, string Week, int Generation, RunState State, DateTimeOffset GeneratedAt, string? Folder, string? Error,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string? LeaseOwner = null, DateTimeOffset? LeaseUntil = null);
