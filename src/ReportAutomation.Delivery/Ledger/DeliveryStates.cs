namespace ReportAutomation.Delivery.Ledger;

/// <summary>The words the ledger stores for each <see cref="DeliveryState"/>.</summary>
public static class DeliveryStates
{
    /// <summary>The stored word.</summary>
    public static string Word(this DeliveryState state) => state switch
    {
        DeliveryState.Dead => "dead-lettered",
        _ => state.ToString().ToLowerInvariant(),
    };

    /// <summary>The state a stored word stands for.</summary>
    public static DeliveryState Parse(string word) => word switch
    {
        "dead-lettered" => DeliveryState.Dead,
        _ => Enum.Parse<DeliveryState>(word, ignoreCase: true),
    };

    /// <summary>True when the state is final for this generation (no run changes it without --resend).</summary>
    public static bool IsFinal(this DeliveryState state) => state is DeliveryState.Sent or DeliveryState.Dead or DeliveryState.Unknown;
}
