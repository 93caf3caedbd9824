namespace ReportAutomation.Ingestion.Figures.Parsing;

/// <summary>Currency symbols that amounts may carry, the code each stands for, and the codes it can agree with.</summary>
internal static class CurrencySymbols
{
    private static readonly string[] DollarCodes = ["USD", "CAD", "AUD", "NZD", "HKD", "SGD"];
    private static readonly string[] YenCodes = ["JPY", "CNY"];

    /// <summary>Whether <paramref name="c"/> is a symbol we read: $ € £ ¥.</summary>
    public static bool IsSymbol(char c) => c is '$' or '€' or '£' or '¥';

    /// <summary>The code a symbol stands for when the currency column is empty ($ is USD, ¥ is JPY).</summary>
    public static string DefaultCode(char symbol) => symbol switch
    {
        '$' => "USD",
        '€' => "EUR",
        '£' => "GBP",
        '¥' => "JPY",
        _ => throw new ArgumentOutOfRangeException(nameof(symbol), symbol, "not a currency symbol"),
    };

    /// <summary>Whether <paramref name="symbol"/> can be written for an amount in <paramref name="code"/> ($ for CAD, ¥ for CNY).</summary>
    public static bool Agrees(char symbol, string code) => symbol switch
    {
        '$' => Array.IndexOf(DollarCodes, code) >= 0,
        '¥' => Array.IndexOf(YenCodes, code) >= 0,
        _ => DefaultCode(symbol) == code,
    };

    private static readonly Lazy<HashSet<string>> KnownCodes = new(LoadKnownCodes);

    /// <summary>Whether <paramref name="text"/> is an ISO 4217 code that some region uses (any case): USD, EUR, JPY...</summary>
    public static bool IsKnownCode(ReadOnlySpan<char> text) =>
        IsCodeShape(text) && KnownCodes.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text);

    /// <summary>Whether <paramref name="text"/> has the shape of an ISO 4217 code: three ASCII letters.</summary>
    public static bool IsCodeShape(ReadOnlySpan<char> text) =>
        text.Length == 3 && char.IsAsciiLetter(text[0]) && char.IsAsciiLetter(text[1]) && char.IsAsciiLetter(text[2]);

    /// <summary>The code in upper case, reusing the common codes' strings.</summary>
    public static string Normalize(ReadOnlySpan<char> code)
    {
        Span<char> upper = stackalloc char[3];
        code.ToUpperInvariant(upper);
        return upper switch
        {
            "USD" => "USD",
            "EUR" => "EUR",
            "GBP" => "GBP",
            "JPY" => "JPY",
            "CNY" => "CNY",
            "CHF" => "CHF",
            "CAD" => "CAD",
            "AUD" => "AUD",
            _ => new string(upper),
        };
    }

    private static HashSet<string> LoadKnownCodes()
    {
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "HKD", "SGD", "NZD" };
        foreach (var culture in System.Globalization.CultureInfo.GetCultures(System.Globalization.CultureTypes.SpecificCultures))
        {
            try
            {
                codes.Add(new System.Globalization.RegionInfo(culture.Name).ISOCurrencySymbol);
            }
            catch (ArgumentException)
            {
                // A culture without a region has no currency.
            }
        }

        return codes;
    }
}
