using System.Globalization;
using ReportAutomation.Core.Templates.Filters;

namespace ReportAutomation.Core.Charts;

/// <summary>A chart value as text (data labels, axes) with the same rules as the template filters: money as
/// <c>$14.3B</c> (the <c>money</c> filter, scale auto), scores with two decimals (the <c>number</c> filter).</summary>
public static class ChartValueText
{
    /// <summary>Formats <paramref name="value"/> for a chart of <paramref name="kind"/>.</summary>
    public static string Format(double value, ChartValueKind kind, string currency, CultureInfo culture) => kind switch
    {
        ChartValueKind.Money => MoneyFormat.Format(ToDecimal(value), "auto", currency, culture),
        _ => NumberFormat.Number(ToDecimal(value), 2, signed: false, culture),
    };

    private static decimal ToDecimal(double value) =>
        double.IsFinite(value) && Math.Abs(value) < 7.9e27 ? (decimal)value : 0m;
}
