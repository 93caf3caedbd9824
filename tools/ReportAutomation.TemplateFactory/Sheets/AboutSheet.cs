using ClosedXML.Excel;

namespace ReportAutomation.TemplateFactory.Sheets;

/// <summary>The About sheet: how the pack was built, and the Sources table (every input file with its SHA-256).</summary>
internal static class AboutSheet
{
    public const string SourcesTable = "Sources";
    public const int FirstFactRow = 4;
    public const int SourcesHeaderRow = 14;

    /// <summary>Adds the sheet to the workbook.</summary>
    public static void Build(XLWorkbook workbook)
    {
        var sheet = workbook.Worksheets.Add(Layout.About);
        SheetKit.Title(sheet, "About this pack", "What this workbook was built from, and when");

        (string Label, string Value, string? Format)[] facts =
        [
            ("Pack", "{{ pack.name }}", null),
            ("Week", "{{ week.label }}", null),
            ("Week start", "{{ week.start }}", NumberFormats.Date),
            ("Week end", "{{ week.end }}", NumberFormats.Date),
            ("Generated at", "{{ pack.generated_at }}", NumberFormats.DateTime),
            ("Version", "{{ pack.version }}", null),
            ("Time zone", "{{ pack.time_zone }}", null),
            ("Template", "weekly-ir.xlsx", null),
        ];
        for (var i = 0; i < facts.Length; i++)
        {
            var row = FirstFactRow + i;
            var label = SheetKit.Text(sheet.Cell(row, 1), facts[i].Label);
            label.Style.Font.Bold = true;
            label.Style.Fill.BackgroundColor = Palette.LabelFill;
            var value = SheetKit.Text(sheet.Cell(row, 2), facts[i].Value);
            value.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
            if (facts[i].Format is { } format)
            {
                value.Style.NumberFormat.Format = format;
            }
        }

        SheetKit.Body(sheet.Range(FirstFactRow, 1, FirstFactRow + facts.Length - 1, 2));

        SheetKit.Section(sheet.Cell(SourcesHeaderRow - 1, 1), "Sources", 4);
        LoopTable.Write(sheet, SourcesHeaderRow, SourcesTable, "{% for s in sources %}",
        [
            new("Path", "{{ s.path }}"),
            new("Kind", "{{ s.kind }}"),
            new("SHA-256", "{{ s.sha256 }}"),
            new("Bytes", "{{ s.bytes }}", NumberFormats.Count),
        ]);
        sheet.Cell(SourcesHeaderRow + 1, 3).Style.Font.FontName = "Consolas";
        sheet.Cell(SourcesHeaderRow + 1, 3).Style.Font.FontSize = 9;

        SheetKit.Widths(sheet, 40, 22, 70, 14);
        sheet.SheetView.FreezeRows(2);
        SheetKit.Printing(sheet, SourcesHeaderRow);
    }
}
