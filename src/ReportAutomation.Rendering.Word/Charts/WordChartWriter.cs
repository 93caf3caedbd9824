using System.Globalization;
using System.Text;
using System.Xml;
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

    private const string ChartNs = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private const string DrawingNs = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false) };

    private static readonly string[] Palette = ["1F3864", "2E75B6", "D97706", "15803D", "7C3AED", "0E7490", "B91C1C", "6B7280"];

    private int _count;

    /// <summary>A paragraph (with <paramref name="properties"/>) holding the chart of <paramref name="data"/>.</summary>
    public W.Paragraph Paragraph(ChartData data, W.ParagraphProperties? properties)
    {
        var n = ++_count;
        var id = $"rIdRaChart{n}";
        var part = main.AddNewPart<ChartPart>(id);
        var embedded = part.AddNewPart<EmbeddedPackagePart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "rIdRaData");
        using (var stream = embedded.GetStream(FileMode.Create, FileAccess.Write))
        {
            EmbeddedChartWorkbook.Write(stream, data, time);
        }

        WriteChartSpace(part, data);
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

    // The chart part's XML, written straight into the part with an XmlWriter (which escapes every text): building it as
    // the SDK's element tree cost ~65 ms of a memo's cold start (each chart element type's code compiled on first use).
    private static void WriteChartSpace(ChartPart part, ChartData data)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var x = XmlWriter.Create(stream, XmlSettings);
        var d = data.Description;
        var isBar = d.Kind == ChartKind.Bar;
        x.WriteStartDocument();
        x.WriteStartElement("c", "chartSpace", ChartNs);
        x.WriteAttributeString("xmlns", "c", null, ChartNs);
        x.WriteAttributeString("xmlns", "a", null, DrawingNs);
        x.WriteAttributeString("xmlns", "r", null, RelationshipsNs);
        Val(x, "date1904", "0");
        Val(x, "lang", "en-US");
        Val(x, "roundedCorners", "0");
        x.WriteStartElement("c", "chart", ChartNs);
        Title(x, d.Title);
        Val(x, "autoTitleDeleted", "0");
        x.WriteStartElement("c", "plotArea", ChartNs);
        Empty(x, "layout");
        x.WriteStartElement("c", isBar ? "barChart" : "lineChart", ChartNs);
        if (isBar)
        {
            Val(x, "barDir", "bar");
            Val(x, "grouping", "clustered");
        }
        else
        {
            Val(x, "grouping", "standard");
        }

        Val(x, "varyColors", "0");
        for (var s = 0; s < data.Series.Count; s++)
        {
            Series(x, data, s, isBar);
        }

        if (isBar)
        {
            Val(x, "gapWidth", "80");
        }
        else
        {
            Val(x, "marker", "1");
        }

        Val(x, "axId", CategoryAxisId.ToString(CultureInfo.InvariantCulture));
        Val(x, "axId", ValueAxisId.ToString(CultureInfo.InvariantCulture));
        x.WriteEndElement();

        x.WriteStartElement("c", "catAx", ChartNs);
        Val(x, "axId", CategoryAxisId.ToString(CultureInfo.InvariantCulture));
        x.WriteStartElement("c", "scaling", ChartNs);
        Val(x, "orientation", isBar ? "maxMin" : "minMax");
        x.WriteEndElement();
        Val(x, "delete", "0");
        Val(x, "axPos", isBar ? "l" : "b");
        Title(x, d.CategoryTitle);
        NumberFormat(x, "General", linked: true);
        Val(x, "majorTickMark", "none");
        Val(x, "minorTickMark", "none");
        Val(x, "tickLblPos", "low");
        Val(x, "crossAx", ValueAxisId.ToString(CultureInfo.InvariantCulture));
        Val(x, "crosses", "autoZero");
        Val(x, "auto", "1");
        Val(x, "lblAlgn", "ctr");
        Val(x, "lblOffset", "100");
        x.WriteEndElement();

        x.WriteStartElement("c", "valAx", ChartNs);
        Val(x, "axId", ValueAxisId.ToString(CultureInfo.InvariantCulture));
        x.WriteStartElement("c", "scaling", ChartNs);
        Val(x, "orientation", "minMax");
        x.WriteEndElement();
        Val(x, "delete", "0");
        Val(x, "axPos", isBar ? "t" : "l");
        Empty(x, "majorGridlines");
        NumberFormat(x, d.ExcelValueFormat, linked: false);
        Val(x, "majorTickMark", "none");
        Val(x, "minorTickMark", "none");
        Val(x, "tickLblPos", "nextTo");
        Val(x, "crossAx", CategoryAxisId.ToString(CultureInfo.InvariantCulture));
        Val(x, "crosses", "autoZero");
        Val(x, "crossBetween", isBar ? "between" : "midCat");
        x.WriteEndElement();
        x.WriteEndElement();

        if (!isBar || data.Series.Count > 1)
        {
            x.WriteStartElement("c", "legend", ChartNs);
            Val(x, "legendPos", "b");
            Val(x, "overlay", "0");
            x.WriteEndElement();
        }

        Val(x, "plotVisOnly", "1");
        Val(x, "dispBlanksAs", "gap");
        x.WriteEndElement();
        x.WriteStartElement("c", "externalData", ChartNs);
        x.WriteAttributeString("r", "id", RelationshipsNs, "rIdRaData");
        Val(x, "autoUpdate", "0");
        x.WriteEndDocument();
    }

    private static void Series(XmlWriter x, ChartData data, int s, bool isBar)
    {
        var d = data.Description;
        var column = EmbeddedChartWorkbook.Column(s + 1);
        var last = data.Categories.Count + 1;
        var colour = data.Series.Count == 1 && d.ColorHex is { } hex ? hex : Palette[s % Palette.Length];
        x.WriteStartElement("c", "ser", ChartNs);
        Val(x, "idx", s.ToString(CultureInfo.InvariantCulture));
        Val(x, "order", s.ToString(CultureInfo.InvariantCulture));
        x.WriteStartElement("c", "tx", ChartNs);
        StringReference(x, $"Sheet1!${column}$1", [data.Series[s].Name]);
        x.WriteEndElement();

        x.WriteStartElement("c", "spPr", ChartNs);
        if (!isBar)
        {
            x.WriteStartElement("a", "ln", DrawingNs);
            x.WriteAttributeString("w", "28575");
        }

        x.WriteStartElement("a", "solidFill", DrawingNs);
        x.WriteStartElement("a", "srgbClr", DrawingNs);
        x.WriteAttributeString("val", colour);
        x.WriteEndElement();
        x.WriteEndElement();
        if (!isBar)
        {
            x.WriteEndElement();
        }

        x.WriteEndElement();
        if (isBar)
        {
            Val(x, "invertIfNegative", "0");
        }
        else
        {
            x.WriteStartElement("c", "marker", ChartNs);
            Val(x, "symbol", "circle");
            Val(x, "size", "5");
            x.WriteEndElement();
        }

        x.WriteStartElement("c", "dLbls", ChartNs);
        NumberFormat(x, d.ExcelValueFormat, linked: false);
        Val(x, "showLegendKey", "0");
        Val(x, "showVal", isBar ? "1" : "0");
        Val(x, "showCatName", "0");
        Val(x, "showSerName", "0");
        Val(x, "showPercent", "0");
        Val(x, "showBubbleSize", "0");
        x.WriteEndElement();

        x.WriteStartElement("c", "cat", ChartNs);
        StringReference(x, $"Sheet1!$A$2:$A${last}", data.Categories);
        x.WriteEndElement();

        x.WriteStartElement("c", "val", ChartNs);
        x.WriteStartElement("c", "numRef", ChartNs);
        x.WriteElementString("c", "f", ChartNs, $"Sheet1!${column}$2:${column}${last}");
        x.WriteStartElement("c", "numCache", ChartNs);
        x.WriteElementString("c", "formatCode", ChartNs, d.ExcelValueFormat);
        var values = data.Series[s].Values;
        Val(x, "ptCount", values.Count.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } value)
            {
                Point(x, i, value.ToString("R", CultureInfo.InvariantCulture));
            }
        }

        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
        if (!isBar)
        {
            Val(x, "smooth", "0");
        }

        x.WriteEndElement();
    }

    private static void StringReference(XmlWriter x, string formula, IReadOnlyList<string> texts)
    {
        x.WriteStartElement("c", "strRef", ChartNs);
        x.WriteElementString("c", "f", ChartNs, formula);
        x.WriteStartElement("c", "strCache", ChartNs);
        Val(x, "ptCount", texts.Count.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < texts.Count; i++)
        {
            Point(x, i, texts[i]);
        }

        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void Point(XmlWriter x, int index, string value)
    {
        x.WriteStartElement("c", "pt", ChartNs);
        x.WriteAttributeString("idx", index.ToString(CultureInfo.InvariantCulture));
        x.WriteElementString("c", "v", ChartNs, value);
        x.WriteEndElement();
    }

    // A chart or axis title: rich text in one run, not overlaying the plot.
    private static void Title(XmlWriter x, string text)
    {
        x.WriteStartElement("c", "title", ChartNs);
        x.WriteStartElement("c", "tx", ChartNs);
        x.WriteStartElement("c", "rich", ChartNs);
        x.WriteStartElement("a", "bodyPr", DrawingNs);
        x.WriteEndElement();
        x.WriteStartElement("a", "lstStyle", DrawingNs);
        x.WriteEndElement();
        x.WriteStartElement("a", "p", DrawingNs);
        x.WriteStartElement("a", "r", DrawingNs);
        x.WriteElementString("a", "t", DrawingNs, text);
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
        Val(x, "overlay", "0");
        x.WriteEndElement();
    }

    private static void NumberFormat(XmlWriter x, string format, bool linked)
    {
        x.WriteStartElement("c", "numFmt", ChartNs);
        x.WriteAttributeString("formatCode", format);
        x.WriteAttributeString("sourceLinked", linked ? "1" : "0");
        x.WriteEndElement();
    }

    private static void Val(XmlWriter x, string name, string value)
    {
        x.WriteStartElement("c", name, ChartNs);
        x.WriteAttributeString("val", value);
        x.WriteEndElement();
    }

    private static void Empty(XmlWriter x, string name)
    {
        x.WriteStartElement("c", name, ChartNs);
        x.WriteEndElement();
    }
}
