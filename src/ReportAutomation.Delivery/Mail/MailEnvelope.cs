using MimeKit;
using ReportAutomation.Delivery.Ledger;

namespace ReportAutomation.Delivery.Mail;

/// <summary>One message on its way to one recipient, with the ledger key it is recorded under.</summary>
/// <param name="Message">The composed message.</param>
/// <param name="From">The envelope sender.</param>
/// <param name="Recipient">The one envelope recipient.</param>
/// <param name="Key">The delivery's ledger key.</param>
public sealed record MailEnvelope(MimeMessage Message, MailboxAddress From, MailboxAddress Recipient, DeliveryKey Key);
