using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Packs;
using ReportAutomation.Core.Pipeline;
using ReportAutomation.Core.Weeks;
using ReportAutomation.Rendering.Excel.Tests.Streaming;
using ReportAutomation.TestKit;

namespace ReportAutomation.Rendering.Excel.Tests.Rendering;

public sealed class ExcelPackRendererTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    private static WeeklyPack Pack(params InvestmentFigure[] investments) =>
        new WeeklyPackBuilder(Clock).Build(new PackInputs { Investments = investments }, new PackOptions(), new IsoWeek(2026, 47));

    private static RenderResult Render(WeeklyPack pack, string template, string output) =>
        new ExcelPackRenderer(NullLogger<ExcelPackRenderer>.Instance).Render(pack, new RenderRequest(template, output, CultureInfo.InvariantCulture));

    [Fact]
    public void Render_ThreeInvestments_ExpandsLoopRowAndGrowsFormulasTablesAndTypes()
    {
        // Given a template with one loop row and formulas over it, and three investments this week
        using var temp = new TempFolder("xlsx");
        var template = SmallTemplate.Create(temp.File("t.xlsx"));
        var pack = Pack(
            Some.Investment(amount: 2_000_000_000m, investor: "Alphabet", date: Some.On("2026-11-17"), line: 2),
            Some.Investment(amount: 14_300_000_000m, investor: "Meta Platforms", date: Some.On("2026-11-18"), line: 3),
            Some.Investment(amount: 500_000_000m, investor: "Nvidia", target: "=HYPERLINK(\"http://evil\",\"x\")", date: Some.On("2026-11-19"), line: 4));

        // When it is rendered
        var result = Render(pack, template, temp.File("out/pack.xlsx"));

        // Then values are typed, text stays text, and every range over the loop row covers all three rows
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        OpenXmlValidation.AssertValid(result.OutputPath!);
        using var book = new XlsxInspector(result.OutputPath!);
        Assert.Equal("2026-W47", book.Text("Summary", "B1"));
        Assert.Equal(new DateTime(2026, 11, 16).ToOADate(), book.Number("Summary", "B2"));
        Assert.Equal("SUM(Investments!D3:D5)", book.Formula("Summary", "B3"));
        Assert.Equal("Invested $16.8B in 2026-W47", book.Text("Summary", "B4"));
        Assert.Equal(3, book.Number("Summary", "B5"));
        Assert.Equal(["Alphabet", "Meta Platforms", "Nvidia"], new[] { "B3", "B4", "B5" }.Select(a => book.Text("Investments", a)));
        Assert.Equal(14_300_000_000, book.Number("Investments", "D4"));
        Assert.Null(book.Formula("Investments", "C5"));
        Assert.Equal("=HYPERLINK(\"http://evil\",\"x\")", book.Text("Investments", "C5"));
        Assert.Equal("D5*2", book.Formula("Investments", "F5"));
        Assert.Equal("SUM(D3:D5)", book.Formula("Investments", "D7"));
        Assert.Equal("A2:F5", book.Table("Investments").Reference!.Value);
    }

    [Fact]
    public void Render_NoInvestments_LeavesOneEmptyRowAndValidWorkbook()
    {
        using var temp = new TempFolder("xlsx");
        var template = SmallTemplate.Create(temp.File("t.xlsx"));

        var result = Render(Pack(), template, temp.File("out/pack.xlsx"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        OpenXmlValidation.AssertValid(result.OutputPath!);
        using var book = new XlsxInspector(result.OutputPath!);
        Assert.Equal("SUM(Investments!D3:D3)", book.Formula("Summary", "B3"));
        Assert.Null(book.Cell("Investments", "B3")?.CellValue);
    }

    [Fact]
    public void Render_UnknownFieldAndFilter_ReportsLocationsAndSuggestionsAndWritesNothing()
    {
        // Given a template with a misspelt field and a misspelt filter
        using var temp = new TempFolder("xlsx");
        var template = SmallTemplate.Create(temp.File("t.xlsx"), wb =>
        {
            wb.Worksheet("Summary").Cell("B7").SetValue("{{ week.lable }}");
            wb.Worksheet("Investments").Cell("B3").SetValue("{{ x.investr | upcase }}");
            wb.Worksheet("Summary").Cell("B8").SetValue("{{ totals.investments | monye: \"B\" }}");
        });
        var output = temp.File("out/pack.xlsx");

        // When it is rendered
        var result = Render(Pack(Some.Investment()), template, output);

        // Then each problem names its cell and a close suggestion, and no file is written
        Assert.False(result.Succeeded);
        var messages = result.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains(messages, m => m.Contains("Summary!B7", StringComparison.Ordinal) && m.Contains("week.label", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("Investments!B3", StringComparison.Ordinal) && m.Contains("investor", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("Summary!B8", StringComparison.Ordinal) && m.Contains("money", StringComparison.Ordinal));
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Render_SameInputsTwice_GivesIdenticalSheets()
    {
        using var temp = new TempFolder("xlsx");
        var template = SmallTemplate.Create(temp.File("t.xlsx"));
        var pack = Pack(Some.Investment());

        var a = Render(pack, template, temp.File("a.xlsx"));
        var b = Render(pack, template, temp.File("b.xlsx"));

        Assert.Equal(PartTexts(a.OutputPath!), PartTexts(b.OutputPath!));
    }

    [Fact]
    public void Check_ZipBombPosingAsTemplate_IsRejectedQuickly()
    {
        using var temp = new TempFolder("xlsx");
        var bomb = ZipBomb.Write(temp.File("bomb.xlsx"), mebibytes: 256);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var errors = new ExcelPackRenderer(NullLogger<ExcelPackRenderer>.Instance).Check(bomb);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
        Assert.Contains("bomb.xlsx", Assert.Single(errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TemplateThatIsNoWorkbook_IsATemplateErrorAndNothingIsWritten()
    {
        // Given a valid zip that is not a workbook, named like a template
        using var temp = new TempFolder("xlsx");
        var template = temp.File("weekly-ir.xlsx");
        using (var zip = System.IO.Compression.ZipFile.Open(template, System.IO.Compression.ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("not a workbook");
        }

        var output = temp.File("out/pack.xlsx");

        // When it is rendered
        var result = Render(Pack(), template, output);

        // Then the error names the template and nothing is written
        Assert.False(result.Succeeded);
        Assert.Contains("weekly-ir.xlsx", Assert.Single(result.Errors).ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    private static Dictionary<string, string> PartTexts(string path)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        return zip.Entries
            .Where(e => !e.FullName.StartsWith("docProps/", StringComparison.Ordinal))
            .ToDictionary(e => e.FullName, e => new StreamReader(e.Open()).ReadToEnd());
    }
}
