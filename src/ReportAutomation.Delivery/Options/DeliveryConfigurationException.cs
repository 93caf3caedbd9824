namespace ReportAutomation.Delivery.Options;

/// <summary>The configuration cannot be used; the message is one readable line naming each setting and what is wrong.</summary>
public sealed class DeliveryConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
