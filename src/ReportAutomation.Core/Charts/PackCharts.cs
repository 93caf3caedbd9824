using ReportAutomation.Core.Model;
using ReportAutomation.Core.Templates.Model;

namespace ReportAutomation.Core.Charts;

/// <summary>The pack's charts. Their series are exactly what the workbook template's charts plot (the ByInvestor table
/// and the sentiment matrix), so the workbook, memo and deck never disagree.</summary>
public static class PackCharts
{
    /// <summary>Excel's short amount format: 1.2B, 350.0M, 12,000.</summary>
    public const string AmountShortFormat = "[>=1000000000]#,##0.0,,,\"B\";[>=1000000]#,##0.0,,\"M\";#,##0";

    /// <summary>Excel's score format.</summary>
    public const string ScoreFormat = "0.00";

    /// <summary>
    /// This week's totals by investor, largest first: one bar per investor and currency. When the week mixes currencies
    /// each bar is labelled with its currency too (<c>Alphabet (EUR)</c>, <c>Alphabet (USD)</c>), and its value is in it.
    /// </summary>
    public static readonly ChartDescription InvestmentsByInvestor = new(
        "investments_by_investor",
        "Investments by investor",
        ChartKind.Bar,
        ChartValueKind.Money,
        AmountShortFormat,
        "1F3864",
        "Investor",
        pack => ByInvestor(pack.TotalsByInvestor));

    /// <summary>A sum's label (a bar of the investments chart, <c>t.label</c> in templates, the workbook's Chart label
    /// column): its key, and its currency when the sums it is listed with mix currencies.</summary>
    public static string TotalLabel(InvestmentTotal total, bool withCurrency) => withCurrency ? $"{total.Key} ({total.Currency})" : total.Key;

    private static ChartData ByInvestor(IReadOnlyList<InvestmentTotal> totals)
    {
        var currencies = totals.Select(t => t.Currency).ToList();
        var mixed = ChartData.AreMixed(currencies);
        return new ChartData(
            InvestmentsByInvestor!,
            [.. totals.Select(t => TotalLabel(t, mixed))],
            [new ChartSeries("Amount", [.. totals.Select(t => (double?)(double)t.Amount)])])
        {
            Currencies = currencies,
        };
    }

    /// <summary>Mean sentiment per entity over the history window: one line per entity, one point per week.</summary>
    public static readonly ChartDescription SentimentByWeek = new(
        "sentiment_by_week",
        "Sentiment by week",
        ChartKind.Line,
        ChartValueKind.Score,
        ScoreFormat,
        null,
        "Week",
        pack => new ChartData(
            SentimentByWeek!,
            [.. pack.HistoryWeeks],
            [.. SentimentMatrixBuilder.Rows(pack).Select(r => new ChartSeries(r.Entity, [.. r.Weeks]))]));

    /// <summary>Every chart, in document order.</summary>
    public static IReadOnlyList<ChartDescription> All { get; } = [InvestmentsByInvestor, SentimentByWeek];

    /// <summary>The chart with id <paramref name="id"/> (case-insensitive), or null.</summary>
    public static ChartDescription? Find(string id) =>
        All.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The chart ids, for "did you mean" messages.</summary>
    public static IReadOnlyList<string> Ids { get; } = [.. All.Select(c => c.Id)];
}
