namespace ReportAutomation.Ingestion.Articles;

/// <summary>A money amount found in a sentence.</summary>
/// <param name="Value">The amount in units of <paramref name="Currency"/>; for a range, its upper bound.</param>
/// <param name="Currency">ISO 4217 code.</param>
/// <param name="Text">The amount as written.</param>
internal sealed record MoneyAmount(decimal Value, string Currency, string Text);
