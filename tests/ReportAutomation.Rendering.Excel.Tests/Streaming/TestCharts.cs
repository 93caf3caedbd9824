using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReportAutomation.Rendering.Excel.Tests.Streaming;

/// <summary>Adds chart parts to a saved workbook with the OpenXml SDK (ClosedXML 0.95 cannot create charts): a column-oriented
/// bar chart under the Investments table, and a line chart on Summary with one series along the Trend template row.</summary>
internal static class TestCharts
{
    private const string ChartNs = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    public static void Add(string path)
    {
        using var doc = SpreadsheetDocument.Open(path, true);
        var bar = BarChart("Investments!$D$3", "Investments!$C$4:$C$4", "Investments!$D$4:$D$4");
        AddDrawing(doc, "Investments", [(bar, 10)]);
        var line = LineChart("Trend!$A$2", "Trend!$B$1:$E$1", "Trend!$B$2:$E$2");
        AddDrawing(doc, "Summary", [(line, 7)]);
    }

    private static void AddDrawing(SpreadsheetDocument doc, string sheetName, IReadOnlyList<(string Xml, int Row)> charts)
    {
        var workbookPart = doc.WorkbookPart!;
        var sheet = workbookPart.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == sheetName);
        var worksheetPart = (WorksheetPart)workbookPart.GetPartById(sheet.Id!);
        var drawings = worksheetPart.AddNewPart<DrawingsPart>();
        var anchors = new StringBuilder();
        var n = 0;
        foreach (var (xml, row) in charts)
        {
            var chart = drawings.AddNewPart<ChartPart>();
            Feed(chart, xml);
            anchors.Append(Anchor(drawings.GetIdOfPart(chart), row, ++n));
        }

        Feed(drawings, "<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" "
            + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">" + anchors + "</xdr:wsDr>");

        // <drawing> sits before legacy drawings, table parts and extLst in CT_Worksheet.
        var worksheet = worksheetPart.Worksheet;
        var drawing = new Drawing { Id = worksheetPart.GetIdOfPart(drawings) };
        var next = worksheet.ChildElements.FirstOrDefault(e => e.LocalName is "legacyDrawing" or "legacyDrawingHF" or "drawingHF"
            or "picture" or "oleObjects" or "controls" or "webPublishItems" or "tableParts" or "extLst");
        if (next is null)
        {
            worksheet.Append(drawing);
        }
        else
        {
            worksheet.InsertBefore(drawing, next);
        }

        worksheet.Save();
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(stream);
    }

    private static string Anchor(string chartId, int row, int id) =>
        $"<xdr:twoCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>"
        + $"<xdr:to><xdr:col>15</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{row + 15}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>"
        + $"<xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr><xdr:cNvPr id=\"{id + 1}\" name=\"Chart {id}\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>"
        + "<xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm><a:graphic><a:graphicData uri=\"" + ChartNs + "\">"
        + $"<c:chart xmlns:c=\"{ChartNs}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" r:id=\"{chartId}\"/>"
        + "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>";

    private static string BarChart(string name, string categories, string values) => Chart(
        "<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>"
        + Series(name, categories, values, line: false)
        + "<c:axId val=\"111\"/><c:axId val=\"222\"/></c:barChart>");

    private static string LineChart(string name, string categories, string values) => Chart(
        "<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>"
        + Series(name, categories, values, line: true)
        + "<c:marker val=\"1\"/><c:axId val=\"111\"/><c:axId val=\"222\"/></c:lineChart>");

    private static string Series(string name, string categories, string values, bool line) =>
        "<c:ser><c:idx val=\"0\"/><c:order val=\"0\"/>"
        + $"<c:tx><c:strRef><c:f>{name}</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>x</c:v></c:pt></c:strCache></c:strRef></c:tx>"
        + "<c:spPr><a:solidFill><a:srgbClr val=\"4472C4\"/></a:solidFill></c:spPr>"
        + $"<c:cat><c:strRef><c:f>{categories}</c:f><c:strCache><c:ptCount val=\"1\"/></c:strCache></c:strRef></c:cat>"
        + $"<c:val><c:numRef><c:f>{values}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"1\"/></c:numCache></c:numRef></c:val>"
        + (line ? "<c:smooth val=\"0\"/>" : string.Empty)
        + "</c:ser>";

    private static string Chart(string plot) =>
        $"<c:chartSpace xmlns:c=\"{ChartNs}\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><c:chart><c:autoTitleDeleted val=\"1\"/>"
        + "<c:plotArea><c:layout/>" + plot
        + "<c:catAx><c:axId val=\"111\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"b\"/><c:crossAx val=\"222\"/></c:catAx>"
        + "<c:valAx><c:axId val=\"222\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/><c:crossAx val=\"111\"/></c:valAx>"
        + "</c:plotArea><c:plotVisOnly val=\"1\"/></c:chart></c:chartSpace>";
}
