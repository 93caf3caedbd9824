using ClosedXML.Excel;

namespace ReportAutomation.Rendering.Excel.Tests.Streaming;

/// <summary>Builds the small template the end-to-end tests expand: Summary (first sheet, so LibreOffice's CSV export shows it)
/// with SUM/SUMIFS over the Investments template row; Investments with a header, a table over header + template row 4 +
/// totals row, formulas beside and below, conditional formatting, validation and a merged cell; Trend with one row per
/// entity for a line chart.</summary>
internal static class TemplateWorkbook
{
    public const int InvestmentsTemplateRow = 4;
    public const int TrendTemplateRow = 2;

    public static void Build(string path)
    {
        using var wb = new XLWorkbook();
        var summary = wb.Worksheets.Add("Summary");
        var ws = wb.Worksheets.Add("Investments");
        var trend = wb.Worksheets.Add("Trend");

        ws.Cell("A1").Value = "Weekly investments";
        ws.Cell("H2").FormulaA1 = "COUNTA(B4:B4)";
        string[] headers = ["Date", "Investor", "Target", "Amount", "Double", "Link"];
        for (var i = 0; i < headers.Length; i++)
        {
            ws.Cell(3, i + 1).Value = headers[i];
        }

        ws.Cell("A4").Value = "{% for i in investments %}{{ i.date }}";
        ws.Cell("A4").Style.NumberFormat.Format = "yyyy-mm-dd";
        ws.Cell("B4").Value = "{{ i.investor }}";
        ws.Cell("C4").Value = "{{ i.target }}";
        ws.Cell("D4").Value = "{{ i.amount }}";
        ws.Cell("D4").Style.NumberFormat.Format = "#,##0.00";
        ws.Cell("E4").FormulaA1 = "D4*2";
        ws.Cell("F4").Value = "{{ i.title | link: i.url }}{% endfor %}";
        ws.Cell("G4").FormulaA1 = "D4/1000";
        var table = ws.Range("A3:F4").CreateTable("Deals");
        table.ShowTotalsRow = true;
        table.Field("Amount").TotalsRowFunction = XLTotalsRowFunction.Sum;
        table.Field("Date").TotalsRowLabel = "Total";

        ws.Cell("D7").FormulaA1 = "SUM(D4:D4)";
        ws.Cell("D8").FormulaA1 = "D4";
        ws.Range("A9:C9").Merge().Value = "Notes";
        ws.Range("D4:D4").AddConditionalFormat().WhenGreaterThan(100).Fill.SetBackgroundColor(XLColor.Yellow);
        ws.Range("B4:B4").SetDataValidation().TextLength.EqualOrLessThan(100);
        ws.PageSetup.PrintAreas.Add("A1:H9");
        ws.PageSetup.SetRowsToRepeatAtTop(3, 3);
        wb.NamedRanges.Add("Amounts", "Investments!$D$4:$D$4");

        summary.Cell("A1").Value = "Summary";
        summary.Cell("A2").Value = "Total";
        summary.Cell("B2").FormulaA1 = "SUM(Investments!D4:D4)";
        summary.Cell("A3").Value = "Alpha";
        summary.Cell("B3").FormulaA1 = "SUMIFS(Investments!$D$4:$D$4,Investments!$B$4:$B$4,\"Alpha\")";
        summary.Cell("A4").Value = "Named";
        summary.Cell("B4").FormulaA1 = "SUM(Amounts)";
        summary.Cell("A5").Value = "Count";
        summary.Cell("B5").FormulaA1 = "COUNT(Investments!D4:D4)";
        summary.Cell("A6").Value = "Table total";
        summary.Cell("B6").FormulaA1 = "Investments!D5";

        trend.Cell("A1").Value = "Entity";
        for (var w = 1; w <= 4; w++)
        {
            trend.Cell(1, w + 1).Value = "W" + w;
            trend.Cell(2, w + 1).Style.NumberFormat.Format = "0.00";
        }

        trend.Cell("A2").Value = "{% for e in entities %}{{ e.name }}";
        trend.Cell("F2").FormulaA1 = "AVERAGE(B2:E2)";
        trend.Cell("A4").FormulaA1 = "MAX(B2:E2)";

        wb.SaveAs(path);
    }
}
