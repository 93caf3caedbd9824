namespace ReportAutomation.Delivery.Options;

/// <summary>The people a pack goes to; each gets a message of their own (Bcc addresses never appear in a header).</summary>
public sealed class RecipientOptions
{
    /// <summary>Addresses shown in the To header.</summary>
    public List<string> To { get; set; } = [];

    /// <summary>Addresses shown in the Cc header.</summary>
    public List<string> Cc { get; set; } = [];

    /// <summary>Addresses that receive the pack without appearing in any header.</summary>
    public List<string> Bcc { get; set; } = [];
}
