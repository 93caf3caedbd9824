using ClosedXML.Excel;

namespace ReportAutomation.TemplateFactory.Sheets;

/// <summary>The Data issues sheet: every input problem with its severity, file, line and column.</summary>
internal static class DataIssuesSheet
{
    public const string TableName = "DataIssues";

    /// <summary>Column A: <c>error</c> (the input was left out) or <c>warning</c> (kept, but worth knowing).</summary>
    public const string SeverityColumn = "A";

    /// <summary>Adds the sheet to the workbook.</summary>
    public static void Build(XLWorkbook workbook)
    {
        var sheet = workbook.Worksheets.Add(Layout.DataIssues);
        SheetKit.Title(sheet, "Data issues", "{{ totals.issues }} problems found in the inputs for week {{ week.label }}: errors were left out, warnings kept");

        LoopTable.Write(sheet, Layout.HeaderRow, TableName, "{% for d in issues %}",
        [
            new("Severity", "{{ d.severity }}"),
            new("File", "{{ d.file }}"),
            new("Line", "{{ d.line }}", NumberFormats.Whole),
            new("Column", "{{ d.column }}"),
            new("Value", "{{ d.value }}") { Wrap = true },
            new("Reason", "{{ d.reason }}") { Wrap = true },
        ]);

        // The renderer grows these ranges with the rows, so every error reads red and every warning amber.
        var severity = sheet.Range($"{SeverityColumn}{Layout.TemplateRow}");
        severity.Style.Font.Bold = true;
        severity.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        severity.AddConditionalFormat().WhenEquals("\"error\"")
            .Font.SetFontColor(Palette.ErrorText).Fill.SetBackgroundColor(Palette.ErrorFill);
        severity.AddConditionalFormat().WhenEquals("\"warning\"")
            .Font.SetFontColor(Palette.WarningText).Fill.SetBackgroundColor(Palette.WarningFill);

        SheetKit.Widths(sheet, 10, 34, 8, 14, 30, 70);
        sheet.SheetView.FreezeRows(Layout.HeaderRow);
        SheetKit.Printing(sheet, Layout.HeaderRow);
    }
}
