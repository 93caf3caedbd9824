using ReportAutomation.Core.Charts;
using ReportAutomation.TemplateFactory.Sheets;

namespace ReportAutomation.TemplateFactory.Charts;

/// <summary>The template's charts: Core's <see cref="PackCharts"/> descriptions placed on the cells they read.</summary>
internal static class TemplateCharts
{
    /// <summary>Summary: one series over the ByInvestor table's Chart label (E: the investor, with the currency when the week
    /// mixes currencies) and Amount (C) columns; the ranges grow with the table.</summary>
    public static readonly ChartDefinition InvestmentsByInvestor = new(
        PackCharts.InvestmentsByInvestor,
        Layout.Summary,
        [
            new ChartSeriesDefinition(
                $"Summary!$C${SummarySheet.ByInvestorHeaderRow}",
                $"Summary!$E${SummarySheet.ByInvestorTemplateRow}:$E${SummarySheet.ByInvestorTemplateRow}",
                $"Summary!$C${SummarySheet.ByInvestorTemplateRow}:$C${SummarySheet.ByInvestorTemplateRow}"),
        ],
        Column: 6,
        Row: 2,
        WidthCm: 16,
        HeightCm: 8.5);

    /// <summary>Sentiment: ONE series lying along the matrix's template row; the renderer makes one per entity.</summary>
    public static readonly ChartDefinition SentimentByWeek = new(
        PackCharts.SentimentByWeek,
        Layout.Sentiment,
        [
            new ChartSeriesDefinition(
                $"Sentiment!$A${Layout.TemplateRow}",
                $"Sentiment!$B${Layout.HeaderRow}:$I${Layout.HeaderRow}",
                $"Sentiment!$B${Layout.TemplateRow}:$I${Layout.TemplateRow}"),
        ],
        Column: 14,
        Row: 3,
        WidthCm: 16,
        HeightCm: 9);

    /// <summary>Every chart, in the order they are written.</summary>
    public static IReadOnlyList<ChartDefinition> All { get; } = [InvestmentsByInvestor, SentimentByWeek];
}
