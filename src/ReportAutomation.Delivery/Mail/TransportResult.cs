using ReportAutomation.Delivery.Ledger;

namespace ReportAutomation.Delivery.Mail;

/// <summary>How a send ended: <see cref="DeliveryState.Sent"/>, Failed, Dead or Unknown, with the reason.</summary>
/// <param name="State">The delivery's new state.</param>
/// <param name="Error">What went wrong, one line; null when sent.</param>
public sealed record TransportResult(DeliveryState State, string? Error)
{
    /// <summary>The relay accepted it.</summary>
    public static TransportResult Sent { get; } = new(DeliveryState.Sent, null);
}
