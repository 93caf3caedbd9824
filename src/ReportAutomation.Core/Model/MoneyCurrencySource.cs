namespace ReportAutomation.Core.Model;

/// <summary>Where a money fact's currency was read (written as lower-case names in the manifest).</summary>
public enum MoneyCurrencySource
{
    /// <summary>A symbol, code or word written with the amount (<c>$14.3 billion</c>, <c>USD 2 billion</c>).</summary>
    Written,

    /// <summary>The one currency the amount's sentence names elsewhere (<c>14.3B, all of it in US dollars</c>).</summary>
    Sentence,

    /// <summary>The currency the article writes most often with its amounts.</summary>
    Article,

    /// <summary>Nothing says which currency the amount is in.</summary>
    Unknown,
}
