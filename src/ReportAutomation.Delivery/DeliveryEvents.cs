using Microsoft.Extensions.Logging;

namespace ReportAutomation.Delivery;

/// <summary>Event ids of the delivery log events operators alert on.</summary>
public static class DeliveryEvents
{
    /// <summary>A pack was not sent at all (failed build, a document that does not read back).</summary>
    public static readonly EventId Alert = new(4001, "DeliveryAlert");

    /// <summary>A recipient was not served this run (failed, dead-lettered, unknown).</summary>
    public static readonly EventId RecipientNotServed = new(4002, "RecipientNotServed");
}
