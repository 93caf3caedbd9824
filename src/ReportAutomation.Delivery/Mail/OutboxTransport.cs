using MimeKit;
using ReportAutomation.Core.IO;

namespace ReportAutomation.Delivery.Mail;

/// <summary>
/// The default transport when no SMTP relay is configured: each message becomes
/// <c>&lt;outbox&gt;/&lt;pack&gt;/&lt;week&gt;/&lt;address&gt;.eml</c>, written whole (temp file, flush, rename), so a file
/// that exists is a message that was delivered and an interrupted send can be judged exactly.
/// </summary>
internal sealed class OutboxTransport(string folder) : IMailTransport
{
    /// <summary>The header naming the envelope recipient (a Bcc recipient appears in no other header).</summary>
    public const string RecipientHeader = "X-Outbox-Recipient";

    /// <inheritdoc />
    public string Description => "outbox " + Path.GetFullPath(folder);

    /// <summary>The file a message goes to.</summary>
    public string PathOf(MailEnvelope envelope)
    {
        var name = new string(envelope.Key.Address.Select(c => char.IsAsciiLetterOrDigit(c) || c is '@' or '.' or '-' or '_' or '+' ? c : '_').ToArray());
        var suffix = envelope.Key.Generation == 0 ? string.Empty : $".r{envelope.Key.Generation}";
        return Path.Combine(folder, envelope.Key.Pack, envelope.Key.Week, name + suffix + ".eml");
    }

    /// <inheritdoc />
    public bool? WasDelivered(MailEnvelope envelope) => File.Exists(PathOf(envelope));

    /// <inheritdoc />
    public Task<TransportResult> SendAsync(MailEnvelope envelope, Action beforeTransaction, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        beforeTransaction();
        var message = envelope.Message;
        message.Headers.Add(RecipientHeader, envelope.Recipient.ToString());
        try
        {
            AtomicFile.Write(PathOf(envelope), stream => message.WriteTo(FormatOptions.Default, stream, cancellationToken));
        }
        finally
        {
            message.Headers.Remove(RecipientHeader);
        }

        return Task.FromResult(TransportResult.Sent);
    }
}
