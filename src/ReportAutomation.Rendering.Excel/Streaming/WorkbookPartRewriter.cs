using System.Xml.Linq;

namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Workbook-level edits: defined names follow the moved rows, the calculation chain goes, and Excel and LibreOffice
/// are told to recalculate everything on open.</summary>
internal static class WorkbookPartRewriter
{
    private static readonly XNamespace Main = PackageNames.SpreadsheetNamespace;

    // CT_Workbook children that follow calcPr.
    private static readonly HashSet<string> AfterCalcPr =
    [
        "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr",
        "webPublishObjects", "extLst",
    ];

    public static void RewriteWorkbook(XDocument workbook, RowShiftMap map, PackageMap package)
    {
        var root = workbook.Root!;
        foreach (var name in root.Element(Main + "definedNames")?.Elements(Main + "definedName") ?? [])
        {
            var local = (int?)name.Attribute("localSheetId");
            var ownSheet = local is null ? null : package.Sheets.FirstOrDefault(s => s.Index == local)?.Name;
            name.Value = ReferenceShifter.Shift(name.Value, map, ownSheet);
        }

        var calc = root.Element(Main + "calcPr");
        if (calc is null)
        {
            calc = new XElement(Main + "calcPr");
            var next = root.Elements().FirstOrDefault(e => e.Name.Namespace == Main && AfterCalcPr.Contains(e.Name.LocalName));
            if (next is null)
            {
                root.Add(calc);
            }
            else
            {
                next.AddBeforeSelf(calc);
            }
        }

        calc.SetAttributeValue("fullCalcOnLoad", "1");
    }

    public static void RemoveCalcChainRelationship(XDocument relationships)
    {
        XNamespace ns = PackageNames.PackageRelationshipsNamespace;
        relationships.Root!.Elements(ns + "Relationship")
            .Where(r => (string?)r.Attribute("Type") == PackageNames.CalcChainType)
            .Remove();
    }

    public static void RemoveContentType(XDocument contentTypes, string partPath)
    {
        XNamespace ns = PackageNames.ContentTypesNamespace;
        contentTypes.Root!.Elements(ns + "Override")
            .Where(o => string.Equals(((string?)o.Attribute("PartName"))?.TrimStart('/'), partPath, StringComparison.OrdinalIgnoreCase))
            .Remove();
    }
}
