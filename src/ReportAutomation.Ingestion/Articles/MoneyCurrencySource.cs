namespace ReportAutomation.Ingestion.Articles;

/// <summary>The names recorded in <c>MoneyFact.CurrencySource</c>: where a money amount's currency was read.</summary>
internal static class MoneyCurrencySource
{
    /// <summary>A symbol, code or word written with the amount (<c>$14.3 billion</c>, <c>USD 2 billion</c>).</summary>
    public const string Written = "written";

    /// <summary>The one currency the amount's sentence names elsewhere (<c>14.3B, all of it in US dollars</c>).</summary>
    public const string Sentence = "sentence";

    /// <summary>The currency the article writes most often with its amounts.</summary>
    public const string Article = "article";

    /// <summary>Nothing says which currency the amount is in.</summary>
    public const string Unknown = "unknown";
}
