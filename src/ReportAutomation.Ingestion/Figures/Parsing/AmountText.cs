namespace ReportAutomation.Ingestion.Figures.Parsing;

/// <summary>What an amount cell said: its value, and the currency it named by code or symbol, if any.</summary>
/// <param name="Value">The amount, suffixes applied (<c>1.2bn</c> is 1 200 000 000).</param>
/// <param name="Code">The ISO code written in the text (<c>USD 2 billion</c>, <c>US$5</c>), or null.</param>
/// <param name="Symbol">The currency symbol written in the text, or '\0'.</param>
internal readonly record struct AmountText(decimal Value, string? Code, char Symbol)
{
    /// <summary>The currency the text names: its code, else its symbol's usual code; null when it names none.</summary>
    public string? Currency => Code ?? (Symbol == '\0' ? null : CurrencySymbols.DefaultCode(Symbol));

    /// <summary>Whether the text names a currency other than <paramref name="code"/>.</summary>
    public bool Contradicts(string code) =>
        (Code is not null && Code != code) || (Symbol != '\0' && !CurrencySymbols.Agrees(Symbol, code));

    /// <summary>How the text wrote its currency, for messages.</summary>
    public string Written => Symbol != '\0' ? Symbol.ToString() : Code ?? string.Empty;
}
