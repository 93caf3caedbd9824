using ClosedXML.Excel;

namespace ReportAutomation.TemplateFactory.Sheets;

/// <summary>The Articles sheet: the week's article digest, one row per article, titles as links.</summary>
internal static class ArticlesSheet
{
    public const string TableName = "Articles";

    /// <summary>Adds the sheet to the workbook.</summary>
    public static void Build(XLWorkbook workbook)
    {
        var sheet = workbook.Worksheets.Add(Layout.Articles);
        SheetKit.Title(sheet, "Articles", "{{ totals.articles }} articles read for week {{ week.label }}, in digest order");

        LoopTable.Write(sheet, Layout.HeaderRow, TableName, "{% for a in articles %}",
        [
            new("Published", "{{ a.published }}", NumberFormats.Date),
            new("Title", "{{ a.title | link: a.url }}") { Wrap = true, LooksLikeLink = true },
            new("Site", "{{ a.site }}"),
            new("Sentiment", "{{ a.sentiment }}", NumberFormats.Score),
            new("Label", "{{ a.sentiment_label }}"),
            new("Score source", "{% if a.sentiment_computed %}computed{% else %}stated{% endif %}"),
            new("Key figures", "{{ a.key_figures }}") { Wrap = true },
            new("Entities", "{{ a.entities }}") { Wrap = true },
            new("Summary", "{{ a.summary }}") { Wrap = true },
        ]);
        sheet.Cell(Layout.TemplateRow, 6).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;

        SheetKit.Widths(sheet, 12, 48, 18, 10, 11, 10, 28, 24, 80);
        sheet.SheetView.FreezeRows(Layout.HeaderRow);
        SheetKit.Printing(sheet, Layout.HeaderRow);
    }
}
