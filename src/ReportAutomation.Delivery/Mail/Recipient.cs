using MimeKit;

namespace ReportAutomation.Delivery.Mail;

/// <summary>One person a pack goes to, and which header (if any) shows them.</summary>
/// <param name="Mailbox">Name and address.</param>
/// <param name="Kind">to, cc or bcc.</param>
public sealed record Recipient(MailboxAddress Mailbox, string Kind)
{
    /// <summary>The address as the ledger keys it (lower-case).</summary>
    public string LedgerAddress => Mailbox.Address.ToLowerInvariant();
}
