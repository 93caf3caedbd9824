using MimeKit;
using ReportAutomation.Delivery.Options;

namespace ReportAutomation.Delivery.Mail;

/// <summary>Turns a pack's To/Cc/Bcc lists into one recipient per address (the first list naming an address wins).</summary>
internal static class RecipientList
{
    /// <summary>The recipients, in To, Cc, Bcc order, each address once.</summary>
    public static IReadOnlyList<Recipient> Of(RecipientOptions options)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var list = new List<Recipient>();
        foreach (var (kind, addresses) in new[] { ("to", options.To), ("cc", options.Cc), ("bcc", options.Bcc) })
        {
            foreach (var text in addresses)
            {
                var mailbox = MailboxAddress.Parse(text);
                if (seen.Add(mailbox.Address))
                {
                    list.Add(new Recipient(mailbox, kind));
                }
            }
        }

        return list;
    }
}
