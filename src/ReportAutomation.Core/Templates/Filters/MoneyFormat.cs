using System.Globalization;

namespace ReportAutomation.Core.Templates.Filters;

/// <summary>Formats amounts the way the pack shows money: <c>$14.3B</c>, <c>€600M</c>, <c>CHF 1.2K</c>, <c>-$1.2B</c>.</summary>
internal static class MoneyFormat
{
    private static readonly (string Suffix, decimal Divisor)[] Scales =
    [
        ("K", 1_000m),
        ("M", 1_000_000m),
        ("B", 1_000_000_000m),
        ("T", 1_000_000_000_000m),
    ];

    /// <summary>The scale names the <c>money</c> filter accepts (case-insensitive).</summary>
    public static IReadOnlyList<string> ScaleNames { get; } = ["K", "M", "B", "T", "auto", "none"];

    /// <summary>True when <paramref name="scale"/> is one of <see cref="ScaleNames"/>.</summary>
    public static bool IsScale(string? scale) =>
        scale is not null && ScaleNames.Contains(scale.Trim(), StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="code"/> looks like an ISO 4217 code (three letters).</summary>
    public static bool IsCurrency(string? code) => code is { Length: 3 } && code.All(char.IsAsciiLetter);

    /// <summary>
    /// Divides by the scale, rounds half away from zero to at most one decimal (trailing .0 dropped), groups thousands
    /// with the culture, and puts the currency symbol ($, €, £) or code (<c>CHF </c>) in front; the minus sign goes first.
    /// With "auto" the largest scale that keeps the number at least 1 is used (a result that rounds up to 1000 moves up a scale).
    /// </summary>
    public static string Format(decimal amount, string? scale, string currency, CultureInfo culture)
    {
        var (suffix, divisor) = ChooseScale(Math.Abs(amount), scale);
        var scaled = Math.Round(Math.Abs(amount) / divisor, 1, MidpointRounding.AwayFromZero);
        if (IsAuto(scale) && scaled >= 1000m && NextScale(suffix) is { } next)
        {
            (suffix, divisor) = next;
            scaled = Math.Round(Math.Abs(amount) / divisor, 1, MidpointRounding.AwayFromZero);
        }

        var sign = amount < 0 && scaled != 0 ? culture.NumberFormat.NegativeSign : string.Empty;
        return sign + Prefix(currency) + scaled.ToString("#,##0.#", culture) + suffix;
    }

    /// <summary>The symbol or code written before the number (none for an empty code: a value axis of mixed currencies).</summary>
    public static string Prefix(string currency) => currency.ToUpperInvariant() switch
    {
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        "" => string.Empty,
        var code => code + " ",
    };

    private static bool IsAuto(string? scale) => string.IsNullOrWhiteSpace(scale) || scale.Trim().Equals("auto", StringComparison.OrdinalIgnoreCase);

    private static (string Suffix, decimal Divisor) ChooseScale(decimal magnitude, string? scale)
    {
        if (IsAuto(scale))
        {
            for (var i = Scales.Length - 1; i >= 0; i--)
            {
                if (magnitude >= Scales[i].Divisor)
                {
                    return Scales[i];
                }
            }

            return (string.Empty, 1m);
        }

        var wanted = scale!.Trim().ToUpperInvariant();
        foreach (var candidate in Scales)
        {
            if (candidate.Suffix == wanted)
            {
                return candidate;
            }
        }

        return (string.Empty, 1m);
    }

    private static (string Suffix, decimal Divisor)? NextScale(string suffix)
    {
        var index = Array.FindIndex(Scales, s => s.Suffix == suffix);
        return index + 1 < Scales.Length ? Scales[index + 1] : null;
    }
}
