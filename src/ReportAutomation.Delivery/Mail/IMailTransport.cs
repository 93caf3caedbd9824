namespace ReportAutomation.Delivery.Mail;

/// <summary>Hands one message to its recipient: an SMTP relay, or the outbox folder.</summary>
public interface IMailTransport
{
    /// <summary>Where messages go, for logs and the console (never a password).</summary>
    string Description { get; }

    /// <summary>
    /// Whether the message of an interrupted send is known to have arrived: true or false when the transport can tell
    /// (the outbox can), null when it cannot (SMTP: the relay's reply was lost with the process).
    /// </summary>
    bool? WasDelivered(MailEnvelope envelope);

    /// <summary>Sends, retrying transient faults; <paramref name="beforeTransaction"/> runs right before each message transaction.</summary>
    Task<TransportResult> SendAsync(MailEnvelope envelope, Action beforeTransaction, CancellationToken cancellationToken);
}
