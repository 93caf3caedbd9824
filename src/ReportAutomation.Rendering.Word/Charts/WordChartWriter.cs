using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReportAutomation.Core.Charts;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportAutomation.Rendering.Word.Charts;

/// <summary>
/// Native Word charts from Core's chart descriptions: a chart part with cached categories and values (what Word draws)
/// and an embedded workbook holding the same series (what Word edits), placed inline in a paragraph. Ids are counted,
/// not random, so the same pack gives the same bytes.
/// </summary>
internal sealed class WordChartWriter(MainDocumentPart main, DateTimeOffset time)
{
    private const long Width = 5_943_600;
    private const long Height = 3_200_400;
    private const uint CategoryAxisId = 600_001;
    private const uint ValueAxisId = 600_002;

    private static readonly string[] Palette = ["1F3864", "2E75B6", "D97706", "15803D", "7C3AED", "0E7490", "B91C1C", "6B7280"];

    private int _count;

    /// <summary>A paragraph (with <paramref name="properties"/>) holding the chart of <paramref name="data"/>.</summary>
    public W.Paragraph Paragraph(ChartData data, W.ParagraphProperties? properties)
    {
        var n = ++_count;
        var id = $"rIdRaChart{n}";
        var part = main.AddNewPart<ChartPart>(id);
        var embedded = part.AddNewPart<EmbeddedPackagePart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "rIdRaData");
        using (var stream = new MemoryStream(EmbeddedChartWorkbook.Build(data, time)))
        {
            embedded.FeedData(stream);
        }

        part.ChartSpace = ChartSpace(data);
        var paragraph = new W.Paragraph();
        if (properties is not null)
        {
            paragraph.Append(properties.CloneNode(true));
        }

        paragraph.Append(new W.Run(new W.Drawing(Inline(id, n, data.Description.Title))));
        return paragraph;
    }

    private static DW.Inline Inline(string id, int n, string title) => new(
        new DW.Extent { Cx = Width, Cy = Height },
        new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
        new DW.DocProperties { Id = (uint)(10_000 + n), Name = $"Chart {n}", Description = title },
        new DW.NonVisualGraphicFrameDrawingProperties(),
        new A.Graphic(new A.GraphicData(new C.ChartReference { Id = id }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
    {
        DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0,
    };

    private static C.ChartSpace ChartSpace(ChartData data)
    {
        var d = data.Description;
        var isBar = d.Kind == ChartKind.Bar;
        var plot = new C.PlotArea(new C.Layout());
        OpenXmlCompositeElement chart = isBar
            ? new C.BarChart(new C.BarDirection { Val = C.BarDirectionValues.Bar }, new C.BarGrouping { Val = C.BarGroupingValues.Clustered }, new C.VaryColors { Val = false })
            : new C.LineChart(new C.Grouping { Val = C.GroupingValues.Standard }, new C.VaryColors { Val = false });
        for (var s = 0; s < data.Series.Count; s++)
        {
            chart.Append(Series(data, s, isBar));
        }

        if (isBar)
        {
            chart.Append(new C.GapWidth { Val = 80 });
        }
        else
        {
            chart.Append(new C.ShowMarker { Val = true });
        }

        chart.Append(new C.AxisId { Val = CategoryAxisId }, new C.AxisId { Val = ValueAxisId });
        plot.Append(chart);
        plot.Append(
            new C.CategoryAxis(
                new C.AxisId { Val = CategoryAxisId }, new C.Scaling(new C.Orientation { Val = isBar ? C.OrientationValues.MaxMin : C.OrientationValues.MinMax }),
                new C.Delete { Val = false }, new C.AxisPosition { Val = isBar ? C.AxisPositionValues.Left : C.AxisPositionValues.Bottom },
                new C.Title(new C.ChartText(new C.RichText(new A.BodyProperties(), new A.ListStyle(), new A.Paragraph(new A.Run(new A.Text(d.CategoryTitle))))), new C.Overlay { Val = false }),
                new C.NumberingFormat { FormatCode = "General", SourceLinked = true }, new C.MajorTickMark { Val = C.TickMarkValues.None },
                new C.MinorTickMark { Val = C.TickMarkValues.None }, new C.TickLabelPosition { Val = C.TickLabelPositionValues.Low },
                new C.CrossingAxis { Val = ValueAxisId }, new C.Crosses { Val = C.CrossesValues.AutoZero }, new C.AutoLabeled { Val = true },
                new C.LabelAlignment { Val = C.LabelAlignmentValues.Center }, new C.LabelOffset { Val = 100 }),
            new C.ValueAxis(
                new C.AxisId { Val = ValueAxisId }, new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }), new C.Delete { Val = false },
                new C.AxisPosition { Val = isBar ? C.AxisPositionValues.Top : C.AxisPositionValues.Left }, new C.MajorGridlines(),
                new C.NumberingFormat { FormatCode = d.ExcelValueFormat, SourceLinked = false }, new C.MajorTickMark { Val = C.TickMarkValues.None },
                new C.MinorTickMark { Val = C.TickMarkValues.None }, new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                new C.CrossingAxis { Val = CategoryAxisId }, new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.CrossBetween { Val = isBar ? C.CrossBetweenValues.Between : C.CrossBetweenValues.MidpointCategory }));
        var body = new C.Chart(
            new C.Title(new C.ChartText(new C.RichText(new A.BodyProperties(), new A.ListStyle(), new A.Paragraph(new A.Run(new A.Text(d.Title))))), new C.Overlay { Val = false }),
            new C.AutoTitleDeleted { Val = false },
            plot);
        if (!isBar || data.Series.Count > 1)
        {
            body.Append(new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }));
        }

        body.Append(new C.PlotVisibleOnly { Val = true }, new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap });
        var space = new C.ChartSpace(new C.Date1904 { Val = false }, new C.EditingLanguage { Val = "en-US" }, new C.RoundedCorners { Val = false }, body,
            new C.ExternalData(new C.AutoUpdate { Val = false }) { Id = "rIdRaData" });
        space.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        space.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        space.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        return space;
    }

    private static OpenXmlCompositeElement Series(ChartData data, int s, bool isBar)
    {
        var d = data.Description;
        var column = EmbeddedChartWorkbook.Column(s + 1);
        var last = data.Categories.Count + 1;
        var colour = data.Series.Count == 1 && d.ColorHex is { } hex ? hex : Palette[s % Palette.Length];
        var name = new C.SeriesText(new C.StringReference(new C.Formula($"Sheet1!${column}$1"), Cache([data.Series[s].Name])));
        var shape = isBar
            ? new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = colour }))
            : new C.ChartShapeProperties(new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = colour })) { Width = 28575 });
        var labels = new C.DataLabels(
            new C.NumberingFormat { FormatCode = d.ExcelValueFormat, SourceLinked = false },
            new C.ShowLegendKey { Val = false }, new C.ShowValue { Val = isBar }, new C.ShowCategoryName { Val = false },
            new C.ShowSeriesName { Val = false }, new C.ShowPercent { Val = false }, new C.ShowBubbleSize { Val = false });
        var categories = new C.CategoryAxisData(new C.StringReference(new C.Formula($"Sheet1!$A$2:$A${last}"), Cache(data.Categories)));
        var values = new C.Values(new C.NumberReference(new C.Formula($"Sheet1!${column}$2:${column}${last}"), Numbers(data.Series[s].Values, d.ExcelValueFormat)));
        OpenXmlCompositeElement series = isBar
            ? new C.BarChartSeries(new C.Index { Val = (uint)s }, new C.Order { Val = (uint)s }, name, shape, new C.InvertIfNegative { Val = false }, labels, categories, values)
            : new C.LineChartSeries(new C.Index { Val = (uint)s }, new C.Order { Val = (uint)s }, name, shape,
                new C.Marker(new C.Symbol { Val = C.MarkerStyleValues.Circle }, new C.Size { Val = 5 }), labels, categories, values, new C.Smooth { Val = false });
        return series;
    }

    private static C.StringCache Cache(IReadOnlyList<string> texts)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)texts.Count });
        for (var i = 0; i < texts.Count; i++)
        {
            cache.Append(new C.StringPoint(new C.NumericValue(texts[i])) { Index = (uint)i });
        }

        return cache;
    }

    private static C.NumberingCache Numbers(IReadOnlyList<double?> values, string format)
    {
        var cache = new C.NumberingCache(new C.FormatCode(format), new C.PointCount { Val = (uint)values.Count });
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } value)
            {
                cache.Append(new C.NumericPoint(new C.NumericValue(value.ToString("R", CultureInfo.InvariantCulture))) { Index = (uint)i });
            }
        }

        return cache;
    }
}
