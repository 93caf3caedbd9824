using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace ReportAutomation.TemplateFactory.Charts;

/// <summary>Adds charts to a saved workbook with the OpenXml SDK (ClosedXML 0.95 has no chart API).</summary>
internal static class ChartWriter
{
    // Explicit relationship ids: the SDK's generated ones are random, which would make every build differ.
    private const string DrawingRelationshipId = "rIdDrawing1";
    private const long EmuPerCm = 360_000;
    private const string ChartUri = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    /// <summary>Adds each chart to its sheet: one drawing part per sheet, one chart part per chart, one-cell anchors.</summary>
    public static void AddCharts(SpreadsheetDocument document, IReadOnlyList<ChartDefinition> charts)
    {
        var workbookPart = document.WorkbookPart ?? throw new InvalidOperationException("The workbook has no workbook part.");
        uint shapeId = 2;
        foreach (var group in charts.GroupBy(c => c.SheetName))
        {
            var sheet = workbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name?.Value == group.Key);
            var worksheetPart = (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
            var drawingsPart = worksheetPart.AddNewPart<DrawingsPart>(DrawingRelationshipId);
            var drawing = new Xdr.WorksheetDrawing();
            drawing.AddNamespaceDeclaration("xdr", "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing");
            drawing.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");

            var chartNumber = 1;
            foreach (var definition in group)
            {
                var relationshipId = "rIdChart" + chartNumber.ToString(CultureInfo.InvariantCulture);
                var chartPart = drawingsPart.AddNewPart<ChartPart>(relationshipId);
                chartPart.ChartSpace = ChartSpaceFactory.Create(definition);
                chartPart.ChartSpace.Save();
                drawing.Append(Anchor(definition, relationshipId, shapeId));
                shapeId++;
                chartNumber++;
            }

            drawingsPart.WorksheetDrawing = drawing;
            drawing.Save();
            InsertDrawingReference(worksheetPart.Worksheet);
            worksheetPart.Worksheet.Save();
        }
    }

    private static Xdr.OneCellAnchor Anchor(ChartDefinition definition, string relationshipId, uint shapeId) => new(
        new Xdr.FromMarker(
            new Xdr.ColumnId(definition.Column.ToString(CultureInfo.InvariantCulture)),
            new Xdr.ColumnOffset("0"),
            new Xdr.RowId(definition.Row.ToString(CultureInfo.InvariantCulture)),
            new Xdr.RowOffset("0")),
        new Xdr.Extent
        {
            Cx = (long)Math.Round(definition.WidthCm * EmuPerCm),
            Cy = (long)Math.Round(definition.HeightCm * EmuPerCm),
        },
        new Xdr.GraphicFrame(
            new Xdr.NonVisualGraphicFrameProperties(
                new Xdr.NonVisualDrawingProperties { Id = shapeId, Name = definition.Name, Description = definition.Title },
                new Xdr.NonVisualGraphicFrameDrawingProperties()),
            new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = relationshipId }) { Uri = ChartUri }))
        {
            Macro = string.Empty,
        },
        new Xdr.ClientData());

    // <drawing> must come after headerFooter/ignoredErrors and before legacyDrawing/tableParts/extLst (schema order).
    private static void InsertDrawingReference(Worksheet worksheet)
    {
        var reference = new Drawing { Id = DrawingRelationshipId };
        var next = worksheet.ChildElements.FirstOrDefault(e =>
            e is LegacyDrawing or LegacyDrawingHeaderFooter or DrawingHeaderFooter or Picture or OleObjects
                or Controls or WebPublishItems or TableParts or WorksheetExtensionList);
        if (next is null)
        {
            worksheet.Append(reference);
        }
        else
        {
            worksheet.InsertBefore(reference, next);
        }
    }
}
