using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace ReportAutomation.TemplateFactory.Checks;

/// <summary>Checks a generated template: schema-valid, loop rows well formed, and unchanged by a ClosedXML load+save.</summary>
internal static class TemplateCheck
{
    /// <summary>Every problem found (empty when the template is good).</summary>
    public static IReadOnlyList<string> Run(string path)
    {
        var problems = new List<string>();
        problems.AddRange(Validate(path, "template"));
        problems.AddRange(LoopRows.Check(path));

        var original = Snapshot.Take(path);
        var roundTrip = Path.Combine(Path.GetTempPath(), $"weekly-ir-roundtrip-{Environment.ProcessId}.xlsx");
        try
        {
            using (var workbook = new XLWorkbook(path))
            {
                workbook.SaveAs(roundTrip);
            }

            problems.AddRange(Validate(roundTrip, "after ClosedXML load+save"));
            problems.AddRange(original.Compare(Snapshot.Take(roundTrip), "after ClosedXML load+save"));
        }
        finally
        {
            File.Delete(roundTrip);
        }

        Console.WriteLine($"charts: {string.Join("; ", original.ChartFormulas)}");
        Console.WriteLine($"features:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", original.Tables)}");
        Console.WriteLine($"names: {string.Join(", ", original.Names)}");
        return problems;
    }

    /// <summary>OpenXml SDK validation errors, one line each.</summary>
    public static IEnumerable<string> Validate(string path, string stage)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
        return validator.Validate(document)
            .Select(e => $"{stage}: invalid {e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }

    /// <summary>Every cell formula as stored in the sheet XML (ClosedXML's reader normalises some, e.g. totals rows).</summary>
    public static IReadOnlyList<string> StoredFormulas(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbookPart = document.WorkbookPart!;
        return workbookPart.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>()
            .SelectMany(sheet => ((WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!)).Worksheet
                .Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>()
                .Where(c => c.CellFormula is not null)
                .Select(c => $"{sheet.Name}!{c.CellReference}: {c.CellFormula!.Text}"))
            .ToList();
    }

    /// <summary>Every c:f formula of every chart part, sorted.</summary>
    public static IReadOnlyList<string> ChartFormulas(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        return document.WorkbookPart!.WorksheetParts
            .Where(w => w.DrawingsPart is not null)
            .SelectMany(w => w.DrawingsPart!.ChartParts)
            .SelectMany(c => c.ChartSpace.Descendants<C.Formula>())
            .Select(f => f.Text)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
    }
}
