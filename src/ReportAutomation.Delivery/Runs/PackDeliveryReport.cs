using ReportAutomation.Delivery.Ledger;

namespace ReportAutomation.Delivery.Runs;

/// <summary>How one pack/week send ended.</summary>
/// <param name="Pack">Pack name.</param>
/// <param name="Week">ISO week label.</param>
/// <param name="State">The run's state afterwards.</param>
/// <param name="Deliveries">The current generation's deliveries (for a dry run: what would be sent, as pending rows).</param>
/// <param name="SentNow">Messages this call handed over.</param>
/// <param name="Error">Why nothing was sent, when the build failed.</param>
/// <param name="HeldBy">The other worker that holds the run, when this call left it to that worker.</param>
public sealed record PackDeliveryReport(string Pack, string Week, RunState State, IReadOnlyList<DeliveryRecord> Deliveries, int SentNow, string? Error, string? HeldBy = null)
{
    /// <summary>True when every recipient has the pack.</summary>
    public bool AllDelivered => Error is null && Deliveries.All(d => d.State == DeliveryState.Sent);
}
