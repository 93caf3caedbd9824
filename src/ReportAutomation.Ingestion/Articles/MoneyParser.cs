using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>
/// Finds money amounts in a sentence: <c>$14.3 billion</c>, <c>$600bn</c>, <c>USD 2 billion</c>, <c>€1.2bn</c>,
/// <c>£800m</c>, <c>US$40 billion</c>, <c>$60-65 billion</c> (upper bound), <c>2 billion dollars</c>.
/// </summary>
/// <remarks>
/// An amount without a currency of its own (<c>14.3B</c>, <c>65 billion</c>) counts only when its sentence names exactly
/// one currency (a word such as "dollars", a code, or a symbol), and never when a counted noun follows it
/// (<c>70B parameters</c>). Otherwise it is left out: a missing fact is better than an invented currency.
/// Years, percentages and plain numbers are never money.
/// </remarks>
internal static partial class MoneyParser
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.OrdinalIgnoreCase)
    {
        ["$"] = "USD", ["US$"] = "USD", ["U.S.$"] = "USD", ["A$"] = "AUD", ["AU$"] = "AUD", ["C$"] = "CAD", ["CA$"] = "CAD",
        ["HK$"] = "HKD", ["S$"] = "SGD", ["NZ$"] = "NZD", ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "JPY", ["₹"] = "INR",
    };

    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dollar"] = "USD", ["dollars"] = "USD", ["euro"] = "EUR", ["euros"] = "EUR", ["pound"] = "GBP", ["pounds"] = "GBP",
        ["sterling"] = "GBP", ["yen"] = "JPY", ["yuan"] = "CNY", ["renminbi"] = "CNY", ["rupees"] = "INR",
    };

    /// <summary>The money amounts stated in <paramref name="sentence"/>, in order.</summary>
    public static IReadOnlyList<MoneyAmount> Find(string sentence)
    {
        var found = new List<MoneyAmount>();
        string? contextCurrency = null;
        var contextResolved = false;
        foreach (Match m in Amount().Matches(sentence))
        {
            var scale = Scale(m.Groups["scale"].Value);
            var currency = CurrencyOf(m);
            if (currency is null)
            {
                if (scale == 1 || CountedNoun().IsMatch(sentence[(m.Index + m.Length)..]))
                {
                    continue;
                }

                if (!contextResolved)
                {
                    contextCurrency = SentenceCurrency(sentence);
                    contextResolved = true;
                }

                currency = contextCurrency;
                if (currency is null)
                {
                    continue;
                }
            }

            var number = m.Groups["to"].Success ? m.Groups["to"].Value : m.Groups["num"].Value;
            var value = decimal.Parse(number.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            found.Add(new MoneyAmount(value * scale, currency, m.Value.Trim()));
        }

        return found;
    }

    private static string? CurrencyOf(Match m)
    {
        if (m.Groups["sym"].Success)
        {
            return Symbols[m.Groups["sym"].Value.Replace(" ", string.Empty, StringComparison.Ordinal)];
        }

        if (m.Groups["code"].Success)
        {
            return Code(m.Groups["code"].Value);
        }

        if (m.Groups["postcode"].Success)
        {
            return Code(m.Groups["postcode"].Value);
        }

        return m.Groups["word"].Success ? Words[m.Groups["word"].Value] : null;
    }

    private static string Code(string code) => code.ToUpperInvariant() == "RMB" ? "CNY" : code.ToUpperInvariant();

    // The one currency a sentence names, or null when it names none or several.
    private static string? SentenceCurrency(string sentence)
    {
        var currencies = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match cue in CurrencyCue().Matches(sentence))
        {
            var text = cue.Value;
            currencies.Add(Symbols.TryGetValue(text, out var bySymbol) ? bySymbol : Words.TryGetValue(text, out var byWord) ? byWord : Code(text));
        }

        return currencies.Count == 1 ? currencies.First() : null;
    }

    private static decimal Scale(string scale) => scale.ToLowerInvariant() switch
    {
        "" => 1m,
        "k" or "thousand" => 1_000m,
        "m" or "mn" or "mln" or "mm" or "million" => 1_000_000m,
        "b" or "bn" or "bln" or "billion" => 1_000_000_000m,
        "t" or "tn" or "trillion" => 1_000_000_000_000m,
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, "Unknown scale."),
    };

    // [symbol or code] number [range] [scale] [currency word or code]; single-letter scales must touch the number.
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}.,$€£¥])" +
        @"(?:(?<sym>US\s?\$|U\.S\.\s?\$|AU?\$|CA?\$|HK\$|NZ\$|S\$|\$|€|£|¥|₹)\s?|(?<code>USD|EUR|GBP|JPY|CHF|CNY|RMB|INR|AUD|CAD|HKD)\s?)?" +
        @"(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)" +
        @"(?:\s?(?:-|\u2013|to)\s?(?:\$|€|£)?(?<to>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))?" +
        @"(?:(?<scale>[kKmMbBtT]|mn|mln|bn|bln|tn)(?![\p{L}\p{N}])|\s?(?<scale>mn|mln|bn|bln|tn)(?![\p{L}\p{N}])|\s?(?<scale>thousand|million|billion|trillion)\b)?" +
        @"(?:\s(?<word>dollars?|euros?|pounds?|sterling|yen|yuan|renminbi|rupees)\b|\s(?<postcode>USD|EUR|GBP|JPY|CHF|CNY|INR|AUD|CAD|HKD)\b)?" +
        @"(?!\s?(?:%|percent|per cent|pc\b))(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Amount();

    [GeneratedRegex(@"\$|€|£|¥|\b(?:dollars?|euros?|pounds?|sterling|yen|yuan|renminbi|USD|EUR|GBP|JPY|CNY)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyCue();

    // Nouns that make a scaled number a count, not money: "70B parameters", "3 billion users".
    [GeneratedRegex(
        @"^\s*(?:\w+\s)?(?:parameters?|params|users?|people|customers|subscribers|members|downloads|views|tokens|devices|" +
        @"units|shares|barrels|tons|tonnes|followers|accounts|visits|visitors|posts|messages|images|videos|requests|queries|" +
        @"GPUs|chips|servers|employees|jobs|miles|km|kilometres|kilometers|hours|years|words|lines|pages)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountedNoun();
}
