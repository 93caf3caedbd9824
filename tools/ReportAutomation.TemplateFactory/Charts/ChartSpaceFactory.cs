using ReportAutomation.Core.Charts;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace ReportAutomation.TemplateFactory.Charts;

/// <summary>Builds the c:chartSpace of one chart definition (bar or line, one category and one value axis).</summary>
internal static class ChartSpaceFactory
{
    private const uint CategoryAxisId = 500_001;
    private const uint ValueAxisId = 500_002;

    /// <summary>The chart part's root element.</summary>
    public static C.ChartSpace Create(ChartDefinition definition)
    {
        var isBar = definition.Kind == ChartKind.Bar;
        var plotArea = new C.PlotArea(new C.Layout());
        plotArea.Append(isBar ? BarChart(definition) : LineChart(definition));
        plotArea.Append(CategoryAxis(isBar), ValueAxis(definition, isBar));

        var chart = new C.Chart(ChartParts.Title(definition.Title), new C.AutoTitleDeleted { Val = false }, plotArea);
        if (!isBar)
        {
            chart.Append(new C.Legend(
                new C.LegendPosition { Val = C.LegendPositionValues.Bottom },
                new C.Overlay { Val = false },
                ChartParts.Text(900)));
        }

        chart.Append(new C.PlotVisibleOnly { Val = true }, new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap });

        var space = new C.ChartSpace(
            new C.Date1904 { Val = false },
            new C.EditingLanguage { Val = "en-US" },
            new C.RoundedCorners { Val = false },
            chart,
            new C.ChartShapeProperties(ChartParts.Fill("FFFFFF"), ChartParts.Line(ChartParts.FrameColor, 9525)),
            ChartParts.Text(900));
        space.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        space.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        space.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        return space;
    }

    private static C.BarChart BarChart(ChartDefinition definition)
    {
        var bar = new C.BarChart(
            new C.BarDirection { Val = C.BarDirectionValues.Bar },
            new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false });
        uint index = 0;
        foreach (var series in definition.Series)
        {
            var element = new C.BarChartSeries(
                new C.Index { Val = index },
                new C.Order { Val = index },
                ChartParts.SeriesName(series.NameFormula));
            if (definition.ColorHex is { } color)
            {
                element.Append(new C.ChartShapeProperties(ChartParts.Fill(color)));
            }

            element.Append(
                new C.InvertIfNegative { Val = false },
                new C.DataLabels(
                    new C.NumberingFormat { FormatCode = definition.ValueFormat, SourceLinked = false },
                    ChartParts.Text(800),
                    new C.DataLabelPosition { Val = C.DataLabelPositionValues.OutsideEnd },
                    new C.ShowLegendKey { Val = false },
                    new C.ShowValue { Val = true },
                    new C.ShowCategoryName { Val = false },
                    new C.ShowSeriesName { Val = false },
                    new C.ShowPercent { Val = false },
                    new C.ShowBubbleSize { Val = false }),
                ChartParts.Categories(series.CategoriesFormula),
                ChartParts.Values(series.ValuesFormula));
            bar.Append(element);
            index++;
        }

        bar.Append(new C.GapWidth { Val = 60 }, new C.AxisId { Val = CategoryAxisId }, new C.AxisId { Val = ValueAxisId });
        return bar;
    }

    private static C.LineChart LineChart(ChartDefinition definition)
    {
        var line = new C.LineChart(new C.Grouping { Val = C.GroupingValues.Standard }, new C.VaryColors { Val = false });
        uint index = 0;
        foreach (var series in definition.Series)
        {
            var element = new C.LineChartSeries(
                new C.Index { Val = index },
                new C.Order { Val = index },
                ChartParts.SeriesName(series.NameFormula));
            if (definition.ColorHex is { } color)
            {
                element.Append(new C.ChartShapeProperties(ChartParts.Line(color, 22225)));
            }

            element.Append(
                new C.Marker(new C.Symbol { Val = C.MarkerStyleValues.Circle }, new C.Size { Val = 5 }),
                ChartParts.Categories(series.CategoriesFormula),
                ChartParts.Values(series.ValuesFormula),
                new C.Smooth { Val = false });
            line.Append(element);
            index++;
        }

        line.Append(new C.ShowMarker { Val = true }, new C.AxisId { Val = CategoryAxisId }, new C.AxisId { Val = ValueAxisId });
        return line;
    }

    private static C.CategoryAxis CategoryAxis(bool isBar) => new(
        new C.AxisId { Val = CategoryAxisId },
        // Horizontal bars list the first table row at the top.
        new C.Scaling(new C.Orientation { Val = isBar ? C.OrientationValues.MaxMin : C.OrientationValues.MinMax }),
        new C.Delete { Val = false },
        new C.AxisPosition { Val = isBar ? C.AxisPositionValues.Left : C.AxisPositionValues.Bottom },
        new C.NumberingFormat { FormatCode = "General", SourceLinked = true },
        new C.MajorTickMark { Val = C.TickMarkValues.None },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.Low },
        new C.ChartShapeProperties(ChartParts.Line(ChartParts.FrameColor, 9525)),
        ChartParts.Text(900),
        new C.CrossingAxis { Val = ValueAxisId },
        new C.Crosses { Val = C.CrossesValues.AutoZero },
        new C.AutoLabeled { Val = true },
        new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
        new C.LabelOffset { Val = 100 },
        new C.NoMultiLevelLabels { Val = false });

    private static C.ValueAxis ValueAxis(ChartDefinition definition, bool isBar) => new(
        new C.AxisId { Val = ValueAxisId },
        new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
        new C.Delete { Val = false },
        new C.AxisPosition { Val = isBar ? C.AxisPositionValues.Bottom : C.AxisPositionValues.Left },
        new C.MajorGridlines(new C.ChartShapeProperties(ChartParts.Line(ChartParts.GridColor, 9525))),
        new C.NumberingFormat { FormatCode = definition.ValueFormat, SourceLinked = false },
        new C.MajorTickMark { Val = C.TickMarkValues.None },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
        new C.ChartShapeProperties(ChartParts.NoLine()),
        ChartParts.Text(900),
        new C.CrossingAxis { Val = CategoryAxisId },
        // With the category axis reversed, "max" keeps the value axis at the bottom.
        new C.Crosses { Val = isBar ? C.CrossesValues.Maximum : C.CrossesValues.AutoZero },
        new C.CrossBetween { Val = C.CrossBetweenValues.Between });
}
