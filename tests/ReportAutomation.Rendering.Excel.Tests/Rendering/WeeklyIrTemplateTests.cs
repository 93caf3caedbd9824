using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using ReportAutomation.Core.Charts;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Packs;
using ReportAutomation.Core.Weeks;
using ReportAutomation.Rendering.Excel.Tests.Streaming;
using ReportAutomation.TestKit;

namespace ReportAutomation.Rendering.Excel.Tests.Rendering;

/// <summary>The shipped templates/weekly-ir.xlsx rendered with a known pack (layout: docs/weekly-ir-template.md).</summary>
public sealed class WeeklyIrTemplateTests
{
    private static readonly FakeTimeProvider Clock = WeeklyIrSample.Clock;

    private static string RenderSample(TempFolder temp) => WeeklyIrSample.Render(temp.Path);

    [Fact]
    public void Render_SamplePack_MatchesGoldenDump()
    {
        using var temp = new TempFolder("weekly");

        var dump = WorkbookDump.Of(RenderSample(temp));

        GoldenFile.AssertMatches(Path.Combine(RepoPaths.Root, "tests", "ReportAutomation.Rendering.Excel.Tests", "Golden", "weekly-ir-sample.txt"), dump);
    }

    [Fact]
    public void Render_SamplePack_PassesTheOpenXmlValidator()
    {
        using var temp = new TempFolder("weekly");

        OpenXmlValidation.AssertValid(RenderSample(temp));
    }

    [Fact]
    public void Render_SamplePack_GrowsFormulasNamesTablesAndCharts()
    {
        // Given five W47 investments (three investors in USD, one in EUR), three entities, two articles
        using var temp = new TempFolder("weekly");

        // When the shipped template is rendered
        var path = RenderSample(temp);
        var dump = WorkbookDump.Of(path);

        // Then every range over a template row covers all generated rows
        // and structured references to the tables stay as written: the tables they name grew instead
        Assert.Contains("B10 =SUMIFS(Investments[Amount],Investments[Currency],$B$7)", dump, StringComparison.Ordinal);
        Assert.Contains("B11 =COUNTA(Investments[Date])", dump, StringComparison.Ordinal);
        Assert.Contains("C21 =SUMIFS(Investments[Amount],Investments[Investor],A21,Investments[Currency],B21)", dump, StringComparison.Ordinal);
        Assert.Contains("name InvestmentAmounts = Investments[Amount]", dump, StringComparison.Ordinal);
        Assert.Contains("table Investments A4:H10", dump, StringComparison.Ordinal);
        Assert.Contains("table DataIssues A4:F7 columns Severity | File | Line | Column | Value | Reason", dump, StringComparison.Ordinal);
        Assert.Contains("cf D5:D9", dump, StringComparison.Ordinal);
        Assert.Contains("dv F5:F9", dump, StringComparison.Ordinal);
        using var book = new XlsxInspector(path);
        var bar = Assert.Single(book.Charts("Summary").SelectMany(XlsxInspector.Series));
        Assert.Equal("Summary!$E$18:$E$21", bar.Categories);
        Assert.Equal("Summary!$C$18:$C$21", bar.Values);
        var lines = book.Charts("Sentiment").SelectMany(XlsxInspector.Series).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Contains(lines, s => s.Values == "Sentiment!$B$7:$I$7" && s.Name == "Sentiment!$A$7");
        Assert.Contains("table SentimentMatrix A4:M7 columns Entity | 2026-W40", dump, StringComparison.Ordinal);
        Assert.Contains("link B5 -> https://news.example.com/", dump, StringComparison.Ordinal);
        Assert.Contains("s:=HYPERLINK(\"http://evil\",\"x\")", dump, StringComparison.Ordinal);
        Assert.DoesNotContain("$D$5:$D$", dump, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", dump, StringComparison.Ordinal);
        Assert.DoesNotContain("{%", dump, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SamplePack_KeepsFrozenHeaderPrintSetupAndStampsDocumentProperties()
    {
        using var temp = new TempFolder("weekly");

        using var book = new XlsxInspector(RenderSample(temp));

        // Data sheets: header frozen below row 4, landscape, one page wide, header row repeated on every page
        var investments = book.Sheet("Investments").Worksheet;
        var pane = investments.Descendants<DocumentFormat.OpenXml.Spreadsheet.Pane>().Single();
        Assert.Equal(4, pane.VerticalSplit!.Value);
        Assert.True(pane.State!.Value == DocumentFormat.OpenXml.Spreadsheet.PaneStateValues.Frozen || pane.State.Value == DocumentFormat.OpenXml.Spreadsheet.PaneStateValues.FrozenSplit);
        var setup = investments.Descendants<DocumentFormat.OpenXml.Spreadsheet.PageSetup>().Single();
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.OrientationValues.Landscape, setup.Orientation!.Value);
        Assert.Equal(1u, setup.FitToWidth?.Value ?? 1u);
        Assert.Equal(0u, setup.FitToHeight!.Value);
        Assert.True(investments.SheetProperties!.PageSetupProperties!.FitToPage!.Value);
        Assert.Contains(
            book.Workbook.Workbook.DefinedNames!.Elements<DocumentFormat.OpenXml.Spreadsheet.DefinedName>(),
            n => n.Name == "_xlnm.Print_Titles" && n.Text == "Investments!4:4");

        // Document properties come from the pack and its clock, not the machine
        var core = book.Properties;
        Assert.Equal("weekly-ir 2026-W47", core.Title);
        Assert.Equal(Clock.GetUtcNow().UtcDateTime, core.Created!.Value.ToUniversalTime());
        Assert.StartsWith("ReportAutomation", core.Creator, StringComparison.Ordinal);
        Assert.DoesNotContain("placeholder", core.Description ?? string.Empty, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_IssuesWithBothSeverities_ShowsTheSeverityWordStyledApart()
    {
        // Given a pack with two errors and one warning
        using var temp = new TempFolder("weekly");

        // When it is rendered
        using var book = new XlsxInspector(RenderSample(temp));

        // Then the Data issues sheet's first column says error or warning for each issue
        var severities = new[] { "A5", "A6", "A7" }.Select(c => book.Text("Data issues", c)).ToList();
        Assert.Equal(["warning", "error", "error"], severities);
        Assert.Equal("articles/nv.txt", book.Text("Data issues", "B5"));
        Assert.Equal("Severity", book.Table("Data issues").TableColumns!.Elements<DocumentFormat.OpenXml.Spreadsheet.TableColumn>().First().Name!.Value);

        // and two conditional formats over all three rows give errors and warnings different styles
        var rules = book.Sheet("Data issues").Worksheet.Elements<DocumentFormat.OpenXml.Spreadsheet.ConditionalFormatting>()
            .Where(f => f.SequenceOfReferences!.InnerText == "A5:A7")
            .SelectMany(f => f.Elements<DocumentFormat.OpenXml.Spreadsheet.ConditionalFormattingRule>())
            .ToDictionary(r => r.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.Formula>()!.Text, r => r.FormatId!.Value);
        Assert.Equal(["\"error\"", "\"warning\""], rules.Keys.Order(StringComparer.Ordinal));
        Assert.NotEqual(rules["\"error\""], rules["\"warning\""]);
    }

    [Fact]
    public void Render_SamplePack_LibreOfficeRecalculatesStructuredReferencesToThePackTotals()
    {
        // Given the rendered workbook, whose KPI and total formulas name table columns (Investments[Amount], ...)
        using var temp = new TempFolder("weekly");
        var pack = WeeklyIrSample.Pack();
        var path = WeeklyIrSample.Render(temp.Path, pack);

        // When LibreOffice opens it and exports every sheet's computed values
        var sheets = LibreOfficeCsv.AllSheets(path, temp.Path);

        // Then the live Summary KPIs equal what the pack carries
        var summary = sheets["Summary"];
        var usd = WeeklyIrSample.ThisWeek.Where(i => i.Currency == "USD").Sum(i => i.Amount);
        Assert.Equal((double)usd, Number(summary[9][1]), 3);
        Assert.Equal("5", summary[10][1]);
        Assert.Equal("2", summary[11][1]);
        var sentiment = PackCharts.SentimentByWeek.For(pack);
        Assert.Equal(sentiment.Series.Select(s => s.Values[^1]).OfType<double>().Average(), Number(summary[12][1]), 6);
        Assert.Equal(sentiment.Series.Select(s => s.Values[^2]).OfType<double>().Average(), Number(summary[12][2]), 6);
        Assert.Equal("3", summary[13][1]);

        // and every By investor row sums its investor's amounts in its currency
        Assert.Equal(4, pack.TotalsByInvestor.Count);
        for (var i = 0; i < pack.TotalsByInvestor.Count; i++)
        {
            var row = summary[17 + i];
            var total = pack.TotalsByInvestor[i];
            Assert.Equal((total.Key, total.Currency), (row[0], row[1]));
            Assert.Equal((double)total.Amount, Number(row[2]), 3);
        }

        // and the Investments totals row adds up the whole table
        var investments = sheets["Investments"];
        Assert.Equal("Total", investments[9][0]);
        Assert.Equal((double)WeeklyIrSample.ThisWeek.Sum(i => i.Amount), Number(investments[9][3]), 3);
    }

    [Fact]
    public void Render_EmptyPack_LibreOfficeRecalculatesEveryKpiToZero()
    {
        // Given a week with no investments, articles, scores or issues (a first run on a week without data)
        using var temp = new TempFolder("weekly-empty");
        var pack = new WeeklyPackBuilder(Clock).Build(new PackInputs(), new PackOptions(), new IsoWeek(2026, 47));
        var path = WeeklyIrSample.Render(temp.Path, pack);
        OpenXmlValidation.AssertValid(path);

        // When LibreOffice recalculates it
        var summary = LibreOfficeCsv.AllSheets(path, temp.Path)["Summary"];

        // Then the structured references over the empty tables give zero, not an error
        Assert.Equal(["0", "0", "0", string.Empty, "0"], summary.Skip(9).Take(5).Select(r => r[1]));
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
