using ClosedXML.Excel;

namespace ReportAutomation.Rendering.Excel.Tests.Rendering;

/// <summary>A small template built in code: scalars on Summary, an Investments table with one loop row, formulas over it.</summary>
internal static class SmallTemplate
{
    public static string Create(string path, Action<XLWorkbook>? tweak = null)
    {
        using var wb = new XLWorkbook();
        var summary = wb.AddWorksheet("Summary");
        summary.Cell("A1").SetValue("Week");
        summary.Cell("B1").SetValue("{{ week.label }}");
        summary.Cell("A2").SetValue("Starts");
        summary.Cell("B2").SetValue("{{ week.start }}");
        summary.Cell("B2").Style.NumberFormat.Format = "yyyy-mm-dd";
        summary.Cell("A3").SetValue("Total");
        summary.Cell("B3").FormulaA1 = "SUM(Investments!D3:D3)";
        summary.Cell("A4").SetValue("Pretty");
        summary.Cell("B4").SetValue("Invested {{ totals.investments | money: \"B\" }} in {{ week.label }}");
        summary.Cell("A5").SetValue("Deals");
        summary.Cell("B5").SetValue("{{ totals.deals }}");

        var data = wb.AddWorksheet("Investments");
        string[] headers = ["Date", "Investor", "Target", "Amount", "Currency", "Double"];
        for (var i = 0; i < headers.Length; i++)
        {
            data.Cell(2, i + 1).SetValue(headers[i]);
        }

        data.Cell("A3").SetValue("{% for x in investments %}{{ x.date }}");
        data.Cell("A3").Style.NumberFormat.Format = "yyyy-mm-dd";
        data.Cell("B3").SetValue("{{ x.investor }}");
        data.Cell("C3").SetValue("{{ x.target }}");
        data.Cell("D3").SetValue("{{ x.amount }}");
        data.Cell("D3").Style.NumberFormat.Format = "#,##0";
        data.Cell("F3").FormulaA1 = "D3*2";
        data.Cell("E3").SetValue("{{ x.currency }}{% endfor %}");
        data.Range("A2:F3").CreateTable("Investments");
        data.Cell("C5").SetValue("Sum below");
        data.Cell("D5").FormulaA1 = "SUM(D3:D3)";
        tweak?.Invoke(wb);
        wb.SaveAs(path);
        return path;
    }
}
