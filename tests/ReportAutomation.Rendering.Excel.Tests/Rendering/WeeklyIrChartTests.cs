using ReportAutomation.Core.Charts;
using ReportAutomation.Rendering.Excel.Tests.Streaming;
using ReportAutomation.TestKit;

namespace ReportAutomation.Rendering.Excel.Tests.Rendering;

/// <summary>The workbook's charts plot exactly Core's <see cref="PackCharts"/> data, the same the memo and deck draw.</summary>
public sealed class WeeklyIrChartTests
{
    [Fact]
    public void Render_SamplePack_InvestmentsChartReadsCellsHoldingPackChartsData()
    {
        // Given the rendered sample, recalculated by LibreOffice (the amounts are live SUMIFS formulas)
        using var temp = new TempFolder("weekly-charts");
        var pack = WeeklyIrSample.Pack();
        var path = WeeklyIrSample.Render(temp.Path, pack);
        using var rendered = new XlsxInspector(path);
        using var calculated = new XlsxInspector(Recalculated(path, temp));
        var expected = PackCharts.InvestmentsByInvestor.For(pack);

        // When the bar chart's series formulas are followed to their cells
        var bar = Assert.Single(rendered.Charts("Summary").SelectMany(XlsxInspector.Series));

        // Then the cells hold the chart description's categories (the sample week mixes currencies: each label names its
        // currency) and values, and the title is the description's
        Assert.Equal<string?>(expected.Categories, CellRange.Texts(calculated, bar.Categories!));
        Assert.Contains(expected.Categories, c => c.EndsWith("(EUR)", StringComparison.Ordinal));
        Assert.Equal(Rounded(expected.Series[0].Values), Rounded(CellRange.Numbers(calculated, bar.Values!)));
        Assert.Equal(expected.Series[0].Name, CellRange.Texts(calculated, bar.Name!).Single());
        Assert.Contains(PackCharts.InvestmentsByInvestor.Title, Title(rendered, "Summary"), StringComparison.Ordinal);
        var chart = Assert.Single(rendered.Charts("Summary"));
        Assert.Equal(PackCharts.InvestmentsByInvestor.ColorHex, chart.Descendants<DocumentFormat.OpenXml.Drawing.Charts.BarChartSeries>().Single()
            .Descendants<DocumentFormat.OpenXml.Drawing.RgbColorModelHex>().First().Val!.Value);
        Assert.All(chart.Descendants<DocumentFormat.OpenXml.Drawing.Charts.NumberingFormat>().Where(f => f.FormatCode != "General"),
            f => Assert.Equal(PackCharts.InvestmentsByInvestor.ExcelValueFormat, f.FormatCode!.Value));
    }

    [Fact]
    public void Render_SamplePack_SentimentChartHasOneSeriesPerPackChartsSeriesOverItsCells()
    {
        // Given the rendered sample
        using var temp = new TempFolder("weekly-charts");
        var pack = WeeklyIrSample.Pack();
        var path = WeeklyIrSample.Render(temp.Path, pack);
        using var rendered = new XlsxInspector(path);
        using var calculated = new XlsxInspector(Recalculated(path, temp));
        var expected = PackCharts.SentimentByWeek.For(pack);

        // When the line chart's series are followed to their cells
        var lines = rendered.Charts("Sentiment").SelectMany(XlsxInspector.Series).ToList();

        // Then each series is one of the description's, in order: name, week categories and scores
        Assert.Equal(expected.Series.Select(s => s.Name), lines.Select(l => CellRange.Texts(calculated, l.Name!).Single()));
        for (var i = 0; i < lines.Count; i++)
        {
            Assert.Equal<string?>(expected.Categories, CellRange.Texts(calculated, lines[i].Categories!));
            Assert.Equal(Rounded(expected.Series[i].Values), Rounded(CellRange.Numbers(calculated, lines[i].Values!)));
        }

        Assert.Contains(PackCharts.SentimentByWeek.Title, Title(rendered, "Sentiment"), StringComparison.Ordinal);
    }

    private static string Recalculated(string path, TempFolder temp)
    {
        var folder = Directory.CreateDirectory(Path.Combine(temp.Path, "recalculated")).FullName;
        return LibreOffice.Convert(path, "xlsx", folder, "Calc MS Excel 2007 XML");
    }

    private static string Title(XlsxInspector book, string sheet) =>
        Assert.Single(book.Charts(sheet)).Descendants<DocumentFormat.OpenXml.Drawing.Charts.Title>().Single().InnerText;

    private static List<double?> Rounded(IEnumerable<double?> values) => values.Select(v => v is { } d ? Math.Round(d, 9) : (double?)null).ToList();
}
