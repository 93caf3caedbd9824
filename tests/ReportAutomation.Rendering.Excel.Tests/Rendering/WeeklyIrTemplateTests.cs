using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ReportAutomation.Core.Errors;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Packs;
using ReportAutomation.Core.Pipeline;
using ReportAutomation.Core.Weeks;
using ReportAutomation.Rendering.Excel.Tests.Streaming;
using ReportAutomation.TestKit;

namespace ReportAutomation.Rendering.Excel.Tests.Rendering;

/// <summary>The shipped templates/weekly-ir.xlsx rendered with a known pack (layout: docs/weekly-ir-template.md).</summary>
public sealed class WeeklyIrTemplateTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    private static readonly InvestmentFigure[] Investments =
    [
        Some.Investment(amount: 3_000_000_000m, investor: "Microsoft", target: "Helio Compute", date: Some.On("2026-11-16"), line: 2),
        Some.Investment(amount: 2_500_000_000m, investor: "Alphabet", target: "TPU deal", date: Some.On("2026-11-17"), line: 3),
        Some.Investment(amount: 14_300_000_000m, investor: "Meta Platforms", target: "Scale AI", date: Some.On("2026-11-18"), line: 4),
        Some.Investment(amount: 600_000_000m, investor: "Meta Platforms", target: "=HYPERLINK(\"http://evil\",\"x\")", date: Some.On("2026-11-19"), line: 5),
        Some.Investment(amount: 1_200_000_000m, investor: "Alphabet", target: "Paris lab", currency: "EUR", category: "Capex", date: Some.On("2026-11-20"), line: 6),
        Some.Investment(amount: 1_000_000_000m, investor: "Nvidia", target: "Prior week deal", date: Some.On("2026-11-10"), line: 7),
    ];

    private static WeeklyPack Pack() => new WeeklyPackBuilder(Clock).Build(
        new PackInputs
        {
            Investments = Investments,
            Sentiment =
            [
                Some.Sentiment("Meta Platforms", 0.10, Some.On("2026-11-10")), Some.Sentiment("Meta Platforms", 0.40, Some.On("2026-11-18")),
                Some.Sentiment("Nvidia", 0.50, Some.On("2026-11-11")), Some.Sentiment("Nvidia", 0.10, Some.On("2026-11-19")),
                Some.Sentiment("Alphabet", 0.20, Some.On("2026-11-19")),
            ],
            Articles = [Some.Article("meta.html", "Meta takes a stake", Some.On("2026-11-18")), Some.Article("nv.txt", "Nvidia results", Some.On("2026-11-19"), sentiment: -0.3)],
            Issues = [Some.Issue(), Some.Issue("score is outside [-1, 1]", 46, "score", "1.7")],
            Files = [new InputFile("figures/investments.csv", "figures", new string('a', 64), 1234)],
        },
        new PackOptions(),
        new IsoWeek(2026, 47));

    private static string RenderSample(TempFolder temp)
    {
        var result = new ExcelPackRenderer(NullLogger<ExcelPackRenderer>.Instance).Render(
            Pack(), new RenderRequest(Path.Combine(RepoPaths.Templates, "weekly-ir.xlsx"), temp.File("weekly-ir-2026-W47.xlsx"), CultureInfo.InvariantCulture));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.OutputPath!;
    }

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
        Assert.Contains("B10 =SUMIFS(Investments!$D$5:$D$9,Investments!$E$5:$E$9,$B$7)", dump, StringComparison.Ordinal);
        Assert.Contains("B11 =COUNTA(Investments!$A$5:$A$9)", dump, StringComparison.Ordinal);
        Assert.Contains("name InvestmentAmounts = Investments!$D$5:$D$9", dump, StringComparison.Ordinal);
        Assert.Contains("table Investments A4:H10", dump, StringComparison.Ordinal);
        Assert.Contains("cf D5:D9", dump, StringComparison.Ordinal);
        Assert.Contains("dv F5:F9", dump, StringComparison.Ordinal);
        using var book = new XlsxInspector(path);
        var bar = Assert.Single(book.Charts("Summary").SelectMany(XlsxInspector.Series));
        Assert.Equal("Summary!$A$18:$A$21", bar.Categories);
        Assert.Equal("Summary!$C$18:$C$21", bar.Values);
        var lines = book.Charts("Sentiment").SelectMany(XlsxInspector.Series).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Contains(lines, s => s.Values == "Sentiment!$B$7:$I$7" && s.Name == "Sentiment!$A$7");
        Assert.Contains("table SentimentMatrix A4:M7 columns Entity | 2026-W40", dump, StringComparison.Ordinal);
        Assert.Contains("link B5 -> https://news.example.com/", dump, StringComparison.Ordinal);
        Assert.Contains("s:=HYPERLINK(\"http://evil\",\"x\")", dump, StringComparison.Ordinal);
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
    public void Render_SamplePack_LibreOfficeRecalculatesTotalsToTheDataSums()
    {
        // Given the rendered workbook
        using var temp = new TempFolder("weekly");
        var path = RenderSample(temp);

        // When LibreOffice opens it and exports every sheet's computed values
        var sheets = LibreOfficeCsv.AllSheets(path, temp.Path);

        // Then the live Summary totals equal the sums of the data this pack carries
        var summary = sheets["Summary"];
        var usd = Investments.Where(i => i.Date >= new DateOnly(2026, 11, 16) && i.Currency == "USD").Sum(i => i.Amount);
        Assert.Equal((double)usd, double.Parse(summary[9][1], CultureInfo.InvariantCulture), 3);
        Assert.Equal("5", summary[10][1]);
        Assert.Equal("2", summary[11][1]);
        Assert.Equal("2", summary[13][1]);
        var investments = sheets["Investments"];
        Assert.Equal("Total", investments[9][0]);
        Assert.Equal((double)Investments.Where(i => i.Date >= new DateOnly(2026, 11, 16)).Sum(i => i.Amount), double.Parse(investments[9][3], CultureInfo.InvariantCulture), 3);
    }
}
