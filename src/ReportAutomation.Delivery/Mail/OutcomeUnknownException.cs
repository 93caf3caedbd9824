namespace ReportAutomation.Delivery.Mail;

/// <summary>The connection failed after the whole message was sent: whether the relay has it is unknown.</summary>
internal sealed class OutcomeUnknownException(Exception inner) : Exception("outcome unknown", inner);
