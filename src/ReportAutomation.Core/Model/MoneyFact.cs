namespace ReportAutomation.Core.Model;

/// <summary>A money amount stated in an article, with where it came from.</summary>
/// <param name="Value">The amount in units of <paramref name="Currency"/> (14.3 billion = 14_300_000_000).</param>
/// <param name="Currency">ISO 4217 code (USD, EUR, GBP, ...); null when neither the amount, its sentence nor its article names one.</param>
/// <param name="Text">The amount as written, e.g. <c>$14.3 billion</c>.</param>
/// <param name="Sentence">The sentence that states it (at most about 300 characters around the amount, with "…" where cut).</param>
/// <param name="ArticleId">The article it was found in.</param>
/// <param name="CurrencySource">Where the currency was read: with the amount, its sentence, its article, or nowhere.</param>
public sealed record MoneyFact(
    decimal Value,
    string? Currency,
    string Text,
    string Sentence,
    string ArticleId,
    MoneyCurrencySource CurrencySource = MoneyCurrencySource.Written);
