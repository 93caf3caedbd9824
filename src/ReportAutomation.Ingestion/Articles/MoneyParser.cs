using System.Globalization;
using System.Text.RegularExpressions;
using ReportAutomation.Core.Model;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>
/// Finds money amounts in a sentence: <c>$14.3 billion</c>, <c>$600bn</c>, <c>USD 2 billion</c>, <c>€1.2bn</c>,
/// <c>£800m</c>, <c>US$40 billion</c>, <c>$60-65 billion</c> (upper bound), <c>2 billion dollars</c>, and bare scaled
/// amounts (<c>14.3B</c>, <c>65 billion</c>) in a sentence about money.
/// </summary>
/// <remarks>
/// A bare scaled amount counts only when its sentence is about money (names a currency, or a word such as investment,
/// stake, deal, raised, revenue, valuation, paid, worth) and no unit or counted noun follows it (<c>5m-wide</c>,
/// <c>5m long</c>, <c>70B parameters</c>, <c>5M daily active users</c>). Its currency is the one other currency its
/// sentence names, else the article's (given by the caller), else unknown (null). Years, percentages and plain
/// numbers are never money.
/// </remarks>
internal static partial class MoneyParser
{
    /// <summary>Longest quoted sentence kept with a fact; longer ones are cut to a window around the amount.</summary>
    public const int MaxQuoteLength = 300;

    // How far after a bare amount a unit or counted noun is looked for.
    private const int LookAheadChars = 80;

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

    /// <summary>
    /// The money amounts stated in <paramref name="sentence"/>, in order; a bare amount whose sentence names no currency
    /// takes <paramref name="articleCurrency"/> when given, else has none.
    /// </summary>
    public static IReadOnlyList<MoneyAmount> Find(string sentence, string? articleCurrency = null)
    {
        var found = new List<MoneyAmount>();
        (string? Currency, bool AboutMoney)? context = null;
        foreach (Match m in Amount().Matches(sentence))
        {
            var scale = Scale(m.Groups["scale"].Value);
            var currency = CurrencyOf(m);
            var source = MoneyCurrencySource.Written;
            if (currency is null)
            {
                if (scale == 1 || IsFollowedByUnitOrCount(sentence, m))
                {
                    continue;
                }

                context ??= (SentenceCurrency(sentence), MoneyWord().IsMatch(sentence) || CurrencyCue().IsMatch(sentence));
                if (!context.Value.AboutMoney)
                {
                    continue;
                }

                (currency, source) = context.Value.Currency is { } stated ? (stated, MoneyCurrencySource.Sentence)
                    : articleCurrency is not null ? (articleCurrency, MoneyCurrencySource.Article)
                    : (null, MoneyCurrencySource.Unknown);
            }

            var number = m.Groups["to"].Success ? m.Groups["to"].Value : m.Groups["num"].Value;
            // A number too long for a decimal, or beyond any real amount once scaled, is not a money fact.
            if (!decimal.TryParse(number.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                || value > InvestmentFigure.MaxAmount / scale)
            {
                continue;
            }

            found.Add(new MoneyAmount(value * scale, currency, m.Value.Trim(), source, m.Index));
        }

        return found;
    }

    /// <summary>
    /// <paramref name="sentence"/> when it is at most <see cref="MaxQuoteLength"/> characters, else a window of about that
    /// many around the amount at <paramref name="index"/>, cut at spaces and marked with "…" where it was cut.
    /// </summary>
    public static string SentenceAround(string sentence, int index, int length)
    {
        if (sentence.Length <= MaxQuoteLength)
        {
            return sentence;
        }

        var start = Math.Clamp(index - ((MaxQuoteLength - length) / 2), 0, sentence.Length - MaxQuoteLength);
        var end = start + MaxQuoteLength;
        if (start > 0 && sentence.IndexOf(' ', start, index - start) is var space and >= 0)
        {
            start = space + 1;
        }

        if (end < sentence.Length && sentence.LastIndexOf(' ', end - 1, end - (index + length)) is var last and >= 0)
        {
            end = last;
        }

        return (start > 0 ? "\u2026" : string.Empty) + sentence[start..end].Trim() + (end < sentence.Length ? "\u2026" : string.Empty);
    }

    // Looks at a short window after the amount only, so a long sentence with many amounts is not copied per amount.
    private static bool IsFollowedByUnitOrCount(string sentence, Match m)
    {
        var after = m.Index + m.Length;
        return UnitOrCount().IsMatch(sentence.AsSpan(after, Math.Min(LookAheadChars, sentence.Length - after)));
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

    // What makes a bare scaled number a measure or a count, not money: a unit glued on ("5m-wide", "5km"), a dimension
    // word ("5m long"), or a counted noun within three words ("70B parameters", "5M daily active users").
    [GeneratedRegex(
        @"^(?:-\p{L}|\s*(?:long|wide|high|tall|deep|thick|across|away|away from)(?![\p{L}-])|" +
        @"\s*(?:[\p{L}\-]+\s+){0,3}(?:parameters?|params|users?|people|persons|customers|subscribers|members|downloads|views|" +
        @"tokens|devices|units|shares|barrels|tons|tonnes|followers|accounts|visits|visitors|posts|messages|images|videos|" +
        @"requests|queries|GPUs|chips|servers|employees|workers|staff|jobs|households|homes|students|patients|viewers|" +
        @"listeners|readers|players|cars|vehicles|phones|smartphones|miles|km|kilomet(?:re|er)s?|metres?|meters?|feet|" +
        @"square|sq|acres|hectares|kg|kilograms?|litres?|liters?|gallons?|watts?|MW|GW|kWh|megawatts?|gigawatts?|" +
        @"hours|days|years|words|lines|pages|times|transistors|cores|pixels|copies|votes|signatures)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitOrCount();

    // Words that make a sentence about money, so a bare scaled amount in it may be money.
    [GeneratedRegex(
        @"\b(?:invest\w*|stakes?|deals?|rais(?:e|es|ed|ing)|fund(?:s|ed|ing|raising)?|spen(?:d|ds|ding|t)|spending|capex|" +
        @"capital (?:expenditure|spending)|revenues?|sales|turnover|valu(?:e|es|ed|ation|ations)|acqui(?:re|res|red|ring|sition|sitions)|" +
        @"takeover|buyout|bought|buy(?:s|ing)?|purchas(?:e|es|ed|ing)|paid|pay(?:s|ing)?|payments?|worth|pric(?:e|es|ed|ing)|" +
        @"costs?|budgets?|profits?|income|earnings|loss(?:es)?|fines?|fined|debt|loans?|bonds?|cash|buybacks?|dividends?|" +
        @"market (?:value|cap|capitali[sz]ation)|expenses?|charges?|financing|grants?|subsid(?:y|ies))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoneyWord();
}
