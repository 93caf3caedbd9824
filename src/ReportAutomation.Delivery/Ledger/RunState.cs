namespace ReportAutomation.Delivery.Ledger;

/// <summary>Where a pack/week run stands.</summary>
public enum RunState
{
    /// <summary>Recorded; the build has not finished.</summary>
    Building,

    /// <summary>The documents are in place and checked; delivery is under way.</summary>
    Built,

    /// <summary>The build failed or a document did not parse back: nothing was sent.</summary>
    BuildFailed,

    /// <summary>Every recipient has the pack.</summary>
    Delivered,

    /// <summary>Some recipients failed, were dead-lettered or are unknown.</summary>
    Incomplete,
}
