using System.Globalization;
using ReportAutomation.TestKit;

namespace ReportAutomation.Rendering.Excel.Tests.Rendering;

/// <summary>The analyst's case: a row added at the end of the Investments table in the delivered workbook counts in every total.</summary>
public sealed class WeeklyIrAppendedRowTests
{
    [Fact]
    public void AppendRow_ToRenderedInvestmentsTable_LibreOfficeRecalculatesTheNewTotals()
    {
        // Given the rendered sample with one more Alphabet USD deal typed at the end of the Investments table
        using var temp = new TempFolder("weekly-append");
        var path = WeeklyIrSample.Render(temp.Path);
        const decimal added = 500_000_000m;
        AnalystEdit.AppendRow(path, "Investments", "Investments",
            new DateOnly(2026, 11, 21), "Alphabet", "Analyst-added deal", added, "USD", "Other", "analyst", "manual");
        OpenXmlValidation.AssertValid(path);

        // When LibreOffice recalculates it
        var sheets = LibreOfficeCsv.AllSheets(path, temp.Path);

        // Then the KPIs, the By investor row and the table's totals row include the new row
        var summary = sheets["Summary"];
        var usd = WeeklyIrSample.ThisWeek.Where(i => i.Currency == "USD").Sum(i => i.Amount) + added;
        Assert.Equal((double)usd, Number(summary[9][1]), 3);
        Assert.Equal("6", summary[10][1]);
        var alphabetUsd = summary.Single(r => r[0] == "Alphabet" && r[1] == "USD");
        Assert.Equal((double)(WeeklyIrSample.ThisWeek.Where(i => i.Investor == "Alphabet" && i.Currency == "USD").Sum(i => i.Amount) + added), Number(alphabetUsd[2]), 3);
        var investments = sheets["Investments"];
        Assert.Equal("Analyst-added deal", investments[9][2]);
        Assert.Equal("Total", investments[10][0]);
        Assert.Equal((double)(WeeklyIrSample.ThisWeek.Sum(i => i.Amount) + added), Number(investments[10][3]), 3);
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
