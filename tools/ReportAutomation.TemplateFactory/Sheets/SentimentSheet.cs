using ClosedXML.Excel;

namespace ReportAutomation.TemplateFactory.Sheets;

/// <summary>The Sentiment sheet: entity × week matrix (one row per entity) and this week's score rows.</summary>
internal static class SentimentSheet
{
    public const string MatrixTable = "SentimentMatrix";
    public const string RowsTable = "SentimentRows";

    /// <summary>Two blank rows after the matrix's template row, then a section title, then the rows table.</summary>
    public const int RowsHeaderRow = Layout.TemplateRow + 4;

    /// <summary>Column of the last history week (I).</summary>
    public const int LastWeekColumn = 1 + Layout.HistoryWeekCount;

    /// <summary>Adds the sheet to the workbook.</summary>
    public static void Build(XLWorkbook workbook)
    {
        var sheet = workbook.Worksheets.Add(Layout.Sentiment);
        SheetKit.Title(sheet, "Sentiment", "Mean score per entity and week, week {{ week.label }} against {{ prior_week.label }}");

        var row = Layout.TemplateRow;
        var latest = $"{Layout.SentimentLatestColumn}{row}";
        var prior = $"{Layout.SentimentPriorColumn}{row}";
        var change = $"{Layout.SentimentChangeColumn}{row}";
        var columns = new List<LoopColumn> { new("Entity", "{{ e.entity }}") };
        for (var w = 0; w < Layout.HistoryWeekCount; w++)
        {
            columns.Add(new LoopColumn($"{{{{ history_weeks[{w}] }}}}", $"{{{{ e.weeks[{w}] }}}}", NumberFormats.Score));
        }

        columns.Add(new("Latest", "{{ e.latest }}", NumberFormats.Score));
        columns.Add(new("Prior", "{{ e.prior }}", NumberFormats.Score));
        // COUNT, not ={latest}="": blank when either score is missing, and no #VALUE! while the cells still hold placeholders.
        columns.Add(new("Change", $"=IF(COUNT({latest},{prior})<2,\"\",{latest}-{prior})", NumberFormats.ScoreChange));

        // The loop's last cell must be text ending with endfor, so the trend word closes the row, after the live Change formula.
        columns.Add(new("Trend",
            "{% if e.change == nil %}{% elsif e.change > 0 %}▲ up{% elsif e.change < 0 %}▼ down{% else %}▬ flat{% endif %}"));
        LoopTable.Write(sheet, Layout.HeaderRow, MatrixTable, "{% for e in sentiment_matrix %}", columns);

        var weekHeaders = sheet.Range(Layout.HeaderRow, 2, Layout.HeaderRow, LastWeekColumn + 3);
        weekHeaders.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;

        var scores = sheet.Range(row, 2, row, LastWeekColumn + 2);
        scores.AddConditionalFormat().ColorScale()
            .LowestValue(Palette.ScaleLow).Midpoint(XLCFContentType.Number, 0, Palette.ScaleMid).HighestValue(Palette.ScaleHigh);
        sheet.Range(change).AddConditionalFormat().ColorScale()
            .LowestValue(Palette.ScaleLow).Midpoint(XLCFContentType.Number, 0, Palette.ScaleMid).HighestValue(Palette.ScaleHigh);

        ScoreRows(sheet);

        SheetKit.Widths(sheet, 26, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10);
        sheet.SheetView.Freeze(Layout.HeaderRow, 1);
        SheetKit.Printing(sheet, Layout.HeaderRow);
    }

    private static void ScoreRows(IXLWorksheet sheet)
    {
        SheetKit.Section(sheet.Cell(RowsHeaderRow - 1, 1), "Scores this week", 5);
        LoopTable.Write(sheet, RowsHeaderRow, RowsTable, "{% for r in sentiment %}",
        [
            new("Date", "{{ r.date }}", NumberFormats.Date),
            new("Entity", "{{ r.entity }}"),
            new("Source", "{{ r.source }}"),
            new("Score", "{{ r.score }}", NumberFormats.Score),
            new("Label", "{{ r.label }}"),
        ]);
    }
}
