using ClosedXML.Excel;

namespace ReportAutomation.Benchmarks.Excel;

/// <summary>The small template our path starts from: a header row and one styled template row in a table, saved by ClosedXML.</summary>
internal static class BenchTemplate
{
    public static void Build(string path)
    {
        using var wb = new XLWorkbook();
        var ws = wb.Worksheets.Add("Data");
        for (var c = 0; c < BenchData.Headers.Length; c++)
        {
            ws.Cell(1, c + 1).Value = BenchData.Headers[c];
            ws.Cell(2, c + 1).Value = "{{ x }}";
        }

        ws.Cell(2, 2).Style.NumberFormat.Format = "yyyy-mm-dd";
        ws.Cell(2, 9).Style.NumberFormat.Format = "yyyy-mm-dd hh:mm";
        ws.Cell(2, 5).Style.NumberFormat.Format = "#,##0.00";
        ws.Range(1, 1, 2, BenchData.Headers.Length).CreateTable("Data");
        wb.SaveAs(path);
    }
}
