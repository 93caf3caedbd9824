using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportAutomation.Core.Charts;
using ReportAutomation.Core.Model;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using D = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace ReportAutomation.Benchmarks.Memo;

/// <summary>
/// The floor: the same memo written straight with the OpenXml SDK (no template, no placeholders, no checks): the styles
/// it uses, a header and a "Page X of Y" footer, document properties, fields updated on open, titles as hyperlinks,
/// investments and sentiment as tables, the key figures with their sentences, and the two native charts (bars by
/// investor, sentiment lines by week) each with its embedded workbook, from the same chart descriptions.
/// </summary>
internal static class BareOpenXmlMemo
{
    public static void Write(WeeklyPack pack, string output)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        document.PackageProperties.Title = $"{pack.Name} {pack.Week.Label}";
        document.PackageProperties.Subject = "Weekly investor-relations memo";
        document.PackageProperties.Creator = "bench";
        document.PackageProperties.Created = pack.GeneratedAt.UtcDateTime;
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
        main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new UpdateFieldsOnOpen { Val = true });
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(Paragraph("Header", $"{pack.Name} · {pack.Week.Label}"));
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }),
            Run("Page "), new SimpleField(Run("1")) { Instruction = " PAGE " }, Run(" of "), new SimpleField(Run("1")) { Instruction = " NUMPAGES " }, Run(" · Confidential")));
        var body = new Body();
        body.Append(Paragraph("Title", "Weekly investor-relations memo"));
        var charts = 0;
        foreach (var chart in PackCharts.All)
        {
            body.Append(Paragraph("Heading1", chart.Title));
            body.Append(Chart(main, chart.For(pack), ++charts));
        }

        body.Append(Table(pack.Investments.Select(x => new[] { x.Date.ToString("dd MMM yyyy", CultureInfo.InvariantCulture), x.Investor, x.Target, x.Category, x.Amount.ToString("N0", CultureInfo.InvariantCulture) })));
        body.Append(Table(pack.Sentiment.Select(x => new[] { x.Entity, x.Score.ToString("F2", CultureInfo.InvariantCulture) })));
        var links = 0;
        foreach (var a in pack.Articles)
        {
            var heading = Paragraph("Heading2", string.Empty);
            heading.RemoveAllChildren<Run>();
            var id = $"rIdLink{++links}";
            main.AddHyperlinkRelationship(new Uri(a.Url!, UriKind.Absolute), true, id);
            heading.Append(new Hyperlink(Run(a.Title)) { Id = id, History = true });
            body.Append(heading);
            body.Append(Paragraph("Meta", $"{a.Site} · {a.Published:dd MMM yyyy} · sentiment {a.Sentiment.Label} ({a.Sentiment.Score:F2})"));
            body.Append(Paragraph(null, a.Summary));
            foreach (var f in a.Money)
            {
                body.Append(Paragraph("Quote", $"{f.Text}: “{f.Sentence}”"));
            }
        }

        body.Append(new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1440, Bottom = 1440, Left = 1134, Right = 1134, Header = 709, Footer = 709 }));
        main.Document = new Document(body);
    }

    private static Styles Styles()
    {
        static Style Paragraph(string id, string name, int halfPoints, bool bold, string colour) => new(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new StyleRunProperties(bold ? new Bold() : new Italic(), new Color { Val = colour }, new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) }))
        { Type = StyleValues.Paragraph, StyleId = id };

        return new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri" }, new FontSize { Val = "21" }))),
            new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Paragraph("Title", "Title", 52, true, "1F3864"),
            Paragraph("Heading1", "heading 1", 32, true, "1F3864"),
            Paragraph("Heading2", "heading 2", 26, true, "2E74B5"),
            Paragraph("Meta", "Meta", 18, false, "6B7280"),
            Paragraph("Quote", "Quote", 20, false, "404040"),
            Paragraph("Header", "header", 18, false, "6B7280"),
            Paragraph("Footer", "footer", 18, false, "6B7280"),
            new Style(
                new StyleName { Val = "Table Grid" },
                new StyleTableProperties(new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 })))
            { Type = StyleValues.Table, StyleId = "TableGrid" });
    }

    // A native chart: the chart part with its cached values, its embedded workbook, and the inline drawing placing it.
    private static Paragraph Chart(MainDocumentPart main, ChartData data, int number)
    {
        var part = main.AddNewPart<ChartPart>($"rIdChart{number}");
        var embedded = part.AddEmbeddedPackagePart(EmbeddedPackagePartType.Xlsx);
        using (var xlsx = new MemoryStream())
        {
            Workbook(xlsx, data);
            xlsx.Position = 0;
            embedded.FeedData(xlsx);
        }

        var bars = data.Description.Kind == ChartKind.Bar;
        var plot = new C.PlotArea(new C.Layout());
        OpenXmlCompositeElement chart = bars
            ? new C.BarChart(new C.BarDirection { Val = C.BarDirectionValues.Column }, new C.BarGrouping { Val = C.BarGroupingValues.Clustered }, new C.VaryColors { Val = false })
            : new C.LineChart(new C.Grouping { Val = C.GroupingValues.Standard }, new C.VaryColors { Val = false });
        for (var s = 0; s < data.Series.Count; s++)
        {
            var column = (char)('B' + s);
            var categories = new C.StringCache(new C.PointCount { Val = (uint)data.Categories.Count });
            for (var c = 0; c < data.Categories.Count; c++)
            {
                categories.Append(new C.StringPoint(new C.NumericValue(data.Categories[c])) { Index = (uint)c });
            }

            var values = new C.NumberingCache(new C.FormatCode(data.Description.ExcelValueFormat), new C.PointCount { Val = (uint)data.Categories.Count });
            for (var c = 0; c < data.Categories.Count; c++)
            {
                if (data.Series[s].Values[c] is { } v)
                {
                    values.Append(new C.NumericPoint(new C.NumericValue(v.ToString("R", CultureInfo.InvariantCulture))) { Index = (uint)c });
                }
            }

            var last = data.Categories.Count + 1;
            OpenXmlCompositeElement series = bars ? new C.BarChartSeries() : new C.LineChartSeries();
            series.Append(
                new C.Index { Val = (uint)s },
                new C.Order { Val = (uint)s },
                new C.SeriesText(new C.StringReference(new C.Formula($"Sheet1!${column}$1"), new C.StringCache(new C.PointCount { Val = 1 }, new C.StringPoint(new C.NumericValue(data.Series[s].Name)) { Index = 0 }))));
            if (!bars)
            {
                series.Append(new C.Marker(new C.Symbol { Val = C.MarkerStyleValues.Circle }));
            }

            series.Append(
                new C.CategoryAxisData(new C.StringReference(new C.Formula($"Sheet1!$A$2:$A${last}"), categories)),
                new C.Values(new C.NumberReference(new C.Formula($"Sheet1!${column}$2:${column}${last}"), values)));
            if (!bars)
            {
                series.Append(new C.Smooth { Val = false });
            }

            chart.Append(series);
        }

        chart.Append(new C.AxisId { Val = 1 }, new C.AxisId { Val = 2 });
        plot.Append(chart,
            new C.CategoryAxis(new C.AxisId { Val = 1 }, new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }), new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Bottom }, new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo }, new C.CrossingAxis { Val = 2 }),
            new C.ValueAxis(new C.AxisId { Val = 2 }, new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }), new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Left }, new C.MajorGridlines(), new C.NumberingFormat { FormatCode = data.Description.ExcelValueFormat, SourceLinked = false },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo }, new C.CrossingAxis { Val = 1 }));
        part.ChartSpace = new C.ChartSpace(
            new C.Chart(new C.Title(new C.Overlay { Val = false }), new C.AutoTitleDeleted { Val = false }, plot, new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }), new C.PlotVisibleOnly { Val = true }),
            new C.ExternalData(new C.AutoUpdate { Val = false }) { Id = part.GetIdOfPart(embedded) });

        const long width = 5_760_000;
        const long height = 3_240_000;
        return new Paragraph(new Run(new Drawing(new DW.Inline(
            new DW.Extent { Cx = width, Cy = height },
            new DW.DocProperties { Id = (uint)number, Name = data.Description.Title },
            new D.Graphic(new D.GraphicData(new C.ChartReference { Id = main.GetIdOfPart(part) }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" })))));
    }

    // The chart's data as a one-sheet workbook: categories in A, a column per series, names in row 1, text inline.
    private static void Workbook(Stream stream, ChartData data)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var book = document.AddWorkbookPart();
        var sheet = book.AddNewPart<WorksheetPart>();
        var rows = new S.SheetData();
        static S.Cell Text(string text) => new(new S.InlineString(new S.Text(text))) { DataType = S.CellValues.InlineString };
        var header = new S.Row(Text(data.Description.CategoryTitle));
        header.Append(data.Series.Select(s => Text(s.Name)));
        rows.Append(header);
        for (var c = 0; c < data.Categories.Count; c++)
        {
            var row = new S.Row(Text(data.Categories[c]));
            row.Append(data.Series.Select(s => s.Values[c] is { } v ? new S.Cell(new S.CellValue(v.ToString("R", CultureInfo.InvariantCulture))) : new S.Cell()));
            rows.Append(row);
        }

        sheet.Worksheet = new S.Worksheet(rows);
        book.Workbook = new S.Workbook(new S.Sheets(new S.Sheet { Name = "Sheet1", SheetId = 1, Id = book.GetIdOfPart(sheet) }));
    }

    private static Table Table(IEnumerable<string[]> rows)
    {
        var table = new Table(new TableProperties(new TableStyle { Val = "TableGrid" }));
        var grid = new TableGrid();
        table.Append(grid);
        foreach (var row in rows)
        {
            while (grid.ChildElements.Count < row.Length)
            {
                grid.Append(new GridColumn { Width = "1800" });
            }

            table.Append(new TableRow(row.Select(text => new TableCell(Paragraph(null, text)))));
        }

        return table;
    }

    private static Paragraph Paragraph(string? style, string text)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(Run(text));
        return paragraph;
    }

    private static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
