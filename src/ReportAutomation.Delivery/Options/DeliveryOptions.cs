namespace ReportAutomation.Delivery.Options;

/// <summary>The worker's whole configuration: the packs it builds and mails, where mail goes, and how claims behave.</summary>
public sealed class DeliveryOptions
{
    /// <summary>The packs, each with its inputs, schedule and recipients.</summary>
    public List<PackDeliveryOptions> Packs { get; set; } = [];

    /// <summary>The SMTP relay; with no host, mail goes to the outbox folder as .eml files.</summary>
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>The sender of every message, e.g. <c>IR Reports &lt;reports@example.com&gt;</c>.</summary>
    public string From { get; set; } = "ReportAutomation <reports@example.com>";

    /// <summary>Outbox folder for .eml files when no SMTP host is set (default: <c>&lt;pack output&gt;/outbox</c>).</summary>
    public string? Outbox { get; set; }

    /// <summary>Where alerts go (a failed build, a document that does not parse back); none when empty.</summary>
    public string? OpsAddress { get; set; }

    /// <summary>How long a worker's claim on a recipient holds before another worker may take it over.</summary>
    public int LeaseSeconds { get; set; } = 600;

    /// <summary>The right-hand side of every Message-Id.</summary>
    public string MessageIdDomain { get; set; } = "reportautomation.invalid";
}
