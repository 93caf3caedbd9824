using System.Globalization;
using System.Xml.Linq;

namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Small parts owned by a sheet that hold references: tables, drawings (anchors), comments, pivot cache sources.</summary>
internal static class SheetPartsRewriter
{
    private static readonly XNamespace Main = PackageNames.SpreadsheetNamespace;
    private static readonly XNamespace Xdr = PackageNames.SpreadsheetDrawingNamespace;

    /// <summary>Table range, its autoFilter and sort ranges grow over the generated rows; A1 references in column formulas move.</summary>
    public static void RewriteTable(XDocument table, RowShiftMap map, string sheet)
    {
        foreach (var element in table.Root!.DescendantsAndSelf())
        {
            if (element.Attribute("ref") is { } reference)
            {
                reference.Value = ReferenceShifter.Shift(reference.Value, map, sheet);
            }

            if (element.Name.LocalName is "calculatedColumnFormula" or "totalsRowFormula")
            {
                element.Value = ReferenceShifter.Shift(element.Value, map, sheet);
            }
        }
    }

    /// <summary>Pictures and charts placed on the sheet move down with the rows above them; they are not stretched.</summary>
    public static void RewriteDrawing(XDocument drawing, SheetShift shift)
    {
        foreach (var anchor in drawing.Root!.Elements())
        {
            var from = anchor.Element(Xdr + "from")?.Element(Xdr + "row");
            if (from is null || !int.TryParse(from.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var row))
            {
                continue;
            }

            var delta = shift.MapStart(row + 1) - 1 - row;
            if (delta == 0)
            {
                continue;
            }

            from.Value = (row + delta).ToString(CultureInfo.InvariantCulture);
            var to = anchor.Element(Xdr + "to")?.Element(Xdr + "row");
            if (to is not null && int.TryParse(to.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var toRow))
            {
                to.Value = Math.Min(toRow + delta, ExcelLimits.MaxRow - 1).ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    /// <summary>Comments move with their cells.</summary>
    public static void RewriteComments(XDocument comments, RowShiftMap map, string sheet)
    {
        foreach (var comment in comments.Root!.Descendants(Main + "comment"))
        {
            if (comment.Attribute("ref") is { } reference)
            {
                reference.Value = ReferenceShifter.Shift(reference.Value, map, sheet);
            }
        }
    }

    /// <summary>A pivot cache reading a range of an expanded sheet reads the grown range.</summary>
    public static void RewritePivotCache(XDocument cache, RowShiftMap map)
    {
        foreach (var source in cache.Root!.Descendants(Main + "worksheetSource"))
        {
            if (source.Attribute("ref") is { } reference && (string?)source.Attribute("sheet") is { } sheet)
            {
                reference.Value = ReferenceShifter.Shift(reference.Value, map, sheet);
            }
        }
    }
}
