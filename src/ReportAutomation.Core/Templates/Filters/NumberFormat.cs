using System.Globalization;

namespace ReportAutomation.Core.Templates.Filters;

/// <summary>Formats plain numbers and percentages with the culture's separators; rounding is half away from zero.</summary>
internal static class NumberFormat
{
    /// <summary>
    /// <paramref name="decimals"/> fixed decimals with thousands separators, or (when null) up to two decimals with trailing
    /// zeros dropped; with <paramref name="signed"/> a positive result gets a leading <c>+</c>.
    /// </summary>
    public static string Number(decimal value, int? decimals, bool signed, CultureInfo culture)
    {
        var rounded = Math.Round(value, decimals ?? 2, MidpointRounding.AwayFromZero);
        var text = decimals is { } d
            ? rounded.ToString("N" + d.ToString(CultureInfo.InvariantCulture), culture)
            : rounded.ToString("#,##0.##", culture);
        return Sign(rounded, signed, culture) + text;
    }

    /// <summary>A ratio as a percentage: 0.125 → <c>12.5%</c> (fixed <paramref name="decimals"/>, the % sign directly after).</summary>
    public static string Percent(decimal ratio, int decimals, bool signed, CultureInfo culture)
    {
        var rounded = Math.Round(ratio * 100m, decimals, MidpointRounding.AwayFromZero);
        return Sign(rounded, signed, culture) + rounded.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), culture) + "%";
    }

    private static string Sign(decimal rounded, bool signed, CultureInfo culture) =>
        signed && rounded > 0 ? culture.NumberFormat.PositiveSign : string.Empty;
}
