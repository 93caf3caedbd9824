using ReportAutomation.Pipeline;

namespace ReportAutomation.Delivery.Runs;

/// <summary>What a send was asked to do.</summary>
/// <param name="Week">Which week (explicit, latest with data, or the last complete week in the pack's zone).</param>
/// <param name="Resend">Send again to everyone, as a new generation recorded in the ledger.</param>
/// <param name="DryRun">Say what would be sent; build, write and send nothing.</param>
public sealed record SendRequest(WeekChoice Week, bool Resend = false, bool DryRun = false);
