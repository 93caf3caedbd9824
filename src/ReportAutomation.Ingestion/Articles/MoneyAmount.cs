using ReportAutomation.Core.Model;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>A money amount found in a sentence.</summary>
/// <param name="Value">The amount in units of <paramref name="Currency"/>; for a range, its upper bound.</param>
/// <param name="Currency">ISO 4217 code, or null when nothing says which currency a bare amount (<c>14.3B</c>) is in.</param>
/// <param name="Text">The amount as written.</param>
/// <param name="Source">Where the currency was read.</param>
/// <param name="Index">Where the amount starts in its sentence.</param>
internal sealed record MoneyAmount(decimal Value, string? Currency, string Text, MoneyCurrencySource Source = MoneyCurrencySource.Written, int Index = 0);
