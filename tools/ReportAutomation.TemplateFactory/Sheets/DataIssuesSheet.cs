using ClosedXML.Excel;

namespace ReportAutomation.TemplateFactory.Sheets;

/// <summary>The Data issues sheet: every input problem with its file, line and column.</summary>
internal static class DataIssuesSheet
{
    public const string TableName = "DataIssues";

    /// <summary>Adds the sheet to the workbook.</summary>
    public static void Build(XLWorkbook workbook)
    {
        var sheet = workbook.Worksheets.Add(Layout.DataIssues);
        SheetKit.Title(sheet, "Data issues", "{{ totals.issues }} problems found in the inputs for week {{ week.label }}");

        LoopTable.Write(sheet, Layout.HeaderRow, TableName, "{% for d in issues %}",
        [
            new("File", "{{ d.file }}"),
            new("Line", "{{ d.line }}", NumberFormats.Whole),
            new("Column", "{{ d.column }}"),
            new("Value", "{{ d.value }}") { Wrap = true },
            new("Reason", "{{ d.reason }}") { Wrap = true },
        ]);

        SheetKit.Widths(sheet, 34, 8, 14, 30, 70);
        sheet.SheetView.FreezeRows(Layout.HeaderRow);
        SheetKit.Printing(sheet, Layout.HeaderRow);
    }
}
