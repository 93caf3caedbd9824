using ReportAutomation.Core.Model;

namespace ReportAutomation.Ingestion.Figures.Parsing;

/// <summary>
/// Reads money amounts as people write them: <c>$14.3B</c>, <c>600bn</c>, <c>14,300,000,000</c>, <c>2.5 billion</c>,
/// <c>€1.2bn</c>, <c>USD 2 billion</c>; thousands separators follow the configured culture, strictly.
/// </summary>
internal static class AmountParser
{
    /// <summary>Reads <paramref name="text"/> (already trimmed); on failure <paramref name="reason"/> says why in the user's words.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, NumberFormat format, out AmountText amount, out string? reason)
    {
        reason = null;
        if (CultureNumber.TryReadPlain(text, format.DecimalSeparator, out var plain))
        {
            amount = new AmountText(plain, null, '\0');
            reason = plain > InvestmentFigure.MaxAmount ? InvestmentFigure.OverMaxReason : null;
            return reason is null;
        }

        amount = default;
        if (text.IsEmpty)
        {
            reason = "amount is empty";
            return false;
        }

        var negative = false;
        if (text[0] == '(' && text[^1] == ')')
        {
            negative = true;
            text = text[1..^1].Trim();
        }

        negative |= SkipMinus(ref text);
        var symbol = '\0';
        string? code = null;
        ReadCurrencyPrefix(ref text, ref symbol, ref code);
        negative |= SkipMinus(ref text);

        var status = CultureNumber.TryRead(text, format, out var value, out var consumed);
        if (status != NumberStatus.Ok)
        {
            reason = NumberReason(status, format);
            return false;
        }

        text = text[consumed..].TrimStart();
        if (!ApplySuffix(ref text, ref value) || value > InvestmentFigure.MaxAmount)
        {
            reason = InvestmentFigure.OverMaxReason;
            return false;
        }

        if (!ReadCurrencySuffix(ref text, ref symbol, ref code) || !text.IsEmpty)
        {
            reason = "amount has text that is not a number, a K/M/B/bn/million/billion/trillion suffix or a currency";
            return false;
        }

        if (negative && value != 0m)
        {
            reason = "amount is negative";
            return false;
        }

        amount = new AmountText(value, code, symbol);
        return true;
    }

    /// <summary>The user's words for a number that could not be read.</summary>
    public static string NumberReason(NumberStatus status, NumberFormat format) => status switch
    {
        NumberStatus.Ambiguous =>
            $"number is ambiguous under the {format.CultureName} culture: '{format.GroupSeparator}' separates thousands (groups of 3 digits) and '{format.DecimalSeparator}' decimals",
        NumberStatus.TooLarge => "number has too many digits",
        _ => "not a number",
    };

    private static bool SkipMinus(ref ReadOnlySpan<char> text)
    {
        if (!text.IsEmpty && text[0] is '-' or '\u2212')
        {
            text = text[1..].TrimStart();
            return true;
        }

        return false;
    }

    private static void ReadCurrencyPrefix(ref ReadOnlySpan<char> text, ref char symbol, ref string? code)
    {
        if (text.IsEmpty)
        {
            return;
        }

        if (CurrencySymbols.IsSymbol(text[0]))
        {
            symbol = text[0];
            text = text[1..].TrimStart();
            return;
        }

        if (text.Length > 3 && text[..2].Equals("US", StringComparison.OrdinalIgnoreCase) && text[2] == '$')
        {
            symbol = '$';
            code = "USD";
            text = text[3..].TrimStart();
            return;
        }

        if (text.Length > 3 && !char.IsAsciiLetter(text[3]) && CurrencySymbols.IsKnownCode(text[..3]))
        {
            code = CurrencySymbols.Normalize(text[..3]);
            text = text[3..].TrimStart();
        }
    }

    private static bool ReadCurrencySuffix(ref ReadOnlySpan<char> text, ref char symbol, ref string? code)
    {
        if (text.IsEmpty)
        {
            return true;
        }

        if (CurrencySymbols.IsSymbol(text[0]) && symbol == '\0' && code is null)
        {
            symbol = text[0];
            text = text[1..].TrimStart();
            return true;
        }

        if (code is null && CurrencySymbols.IsKnownCode(text))
        {
            code = CurrencySymbols.Normalize(text);
            text = [];
            return true;
        }

        return false;
    }

    private static bool ApplySuffix(ref ReadOnlySpan<char> text, ref decimal value)
    {
        var letters = 0;
        while (letters < text.Length && char.IsAsciiLetter(text[letters]))
        {
            letters++;
        }

        if (letters == 0)
        {
            return true;
        }

        var multiplier = Multiplier(text[..letters]);
        if (multiplier == 0m)
        {
            // Not a scale word: maybe a trailing currency code, which the caller reads.
            return true;
        }

        text = text[letters..].TrimStart();
        try
        {
            value *= multiplier;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static decimal Multiplier(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[word.Length <= 16 ? word.Length : 0];
        if (word.Length > 16)
        {
            return 0m;
        }

        word.ToLowerInvariant(lower);
        return lower switch
        {
            "k" or "thousand" => 1_000m,
            "m" or "mn" or "mm" or "million" => 1_000_000m,
            "b" or "bn" or "bln" or "billion" => 1_000_000_000m,
            "tn" or "trillion" => 1_000_000_000_000m,
            _ => 0m,
        };
    }
}
