namespace ReportAutomation.Ingestion.Figures.Parsing;

/// <summary>What an amount cell said: its value, and the currency it named by symbol or code, if any.</summary>
/// <param name="Value">The amount, suffixes applied (<c>1.2bn</c> is 1 200 000 000).</param>
/// <param name="Currency">The ISO code the text named (<c>USD 2 billion</c>) or the default code of its symbol; null when none.</param>
/// <param name="Symbol">The currency symbol written in the text, or '\0'.</param>
internal readonly record struct AmountText(decimal Value, string? Currency, char Symbol);
