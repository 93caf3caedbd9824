using System.Text.Json;
using ReportAutomation.TestKit;

namespace ReportAutomation.Cli.Tests;

public sealed class CliTests
{
    private static string[] SampleInputs(params string[] more) =>
    [
        "--articles", Path.Combine(RepoPaths.SampleData, "articles"),
        "--figures", Path.Combine(RepoPaths.SampleData, "figures"),
        "--entities", Path.Combine(RepoPaths.SampleData, "entities.csv"),
        .. more,
    ];

    [Fact]
    public async Task Build_SampleData_WritesManifestAndWorkbookAndExitsTwoForTheBadRows()
    {
        // Given the committed sample data (which carries deliberately bad rows) and an empty output folder
        using var temp = new TempFolder("cli");

        // When the default week is built
        var (code, output, error) = await CliRunner.RunAsync(["build", .. SampleInputs("--templates", RepoPaths.Templates, "--out", temp.Path)]);

        // Then the W47 pack is written with the good rows, and the exit code says there were data issues
        Assert.True(code == 2, $"exit {code}\n{output}\n{error}");
        var folder = Path.Combine(temp.Path, "weekly-ir", "2026-W47");
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        var root = manifest.RootElement;
        Assert.Equal("2026-W47", root.GetProperty("week").GetString());
        Assert.True(root.GetProperty("articles").GetArrayLength() >= 5);
        Assert.True(root.GetProperty("investments").GetArrayLength() >= 8);
        Assert.True(root.GetProperty("issues").GetArrayLength() >= 3);
        Assert.Contains(root.GetProperty("sources").EnumerateArray(), s => s.GetProperty("kind").GetString() == "template" && s.GetProperty("sha256").GetString()!.Length == 64);
        var article = root.GetProperty("articles")[0];
        Assert.False(string.IsNullOrWhiteSpace(article.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(article.GetProperty("summary").GetString()));
        OpenXmlValidation.AssertValid(Path.Combine(folder, "weekly-ir-2026-W47.xlsx"));
        Assert.Contains("data issue", output, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
    }

    [Fact]
    public async Task Build_Strict_WritesNothingAndExitsTwo()
    {
        using var temp = new TempFolder("cli");

        var (code, _, error) = await CliRunner.RunAsync(["build", .. SampleInputs("--templates", RepoPaths.Templates, "--out", temp.Path, "--strict")]);

        Assert.Equal(2, code);
        Assert.Contains("--strict", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "weekly-ir")));
    }

    [Fact]
    public async Task Validate_SampleData_PrintsIssueTableAndExitsTwo()
    {
        var (code, output, _) = await CliRunner.RunAsync(["validate", .. SampleInputs("--week", "2026-W47")]);

        Assert.Equal(2, code);
        Assert.Contains("investments.csv", output, StringComparison.Ordinal);
        Assert.Contains("sentiment.csv", output, StringComparison.Ordinal);
        Assert.Contains("Reason", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--week", "2026-W99", "--week")]
    [InlineData("--culture", "xx-NOPE-zz", "--culture")]
    [InlineData("--time-zone", "Mars/Olympus", "Mars/Olympus")]
    [InlineData("--pack", "../../etc", "--pack")]
    public async Task Build_BadOption_ExitsOneWithOneReadableLine(string option, string value, string named)
    {
        var (code, output, error) = await CliRunner.RunAsync(["build", .. SampleInputs(option, value)]);

        Assert.Equal(1, code);
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error + output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_MissingArticlesFolder_NamesTheFolder()
    {
        var (code, _, error) = await CliRunner.RunAsync(["build", "--articles", "/no/such/folder", "--figures", Path.Combine(RepoPaths.SampleData, "figures"), "--templates", RepoPaths.Templates]);

        Assert.Equal(1, code);
        Assert.Contains("/no/such/folder", error, StringComparison.Ordinal);
        Assert.Contains("--articles", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_NoTemplateForThePack_FailsAndWritesNothing()
    {
        // Given a templates folder that exists but holds no template for the pack
        using var temp = new TempFolder("cli");
        Directory.CreateDirectory(Path.Combine(temp.Path, "templates"));

        // When the pack is built
        var (code, _, error) = await CliRunner.RunAsync(["build", .. SampleInputs("--templates", Path.Combine(temp.Path, "templates"), "--out", Path.Combine(temp.Path, "out"))]);

        // Then it fails, says which template it expected, and leaves no half a pack behind
        Assert.Equal(1, code);
        Assert.Contains("weekly-ir.xlsx", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")));
    }

    [Fact]
    public async Task Build_TemplatesFolderMissing_NamesTheOption()
    {
        var (code, _, error) = await CliRunner.RunAsync(["build", .. SampleInputs("--templates", "/no/such/templates")]);

        Assert.Equal(1, code);
        Assert.Contains("--templates", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckTemplates_ExcelLockFileBesideTemplate_IsIgnored()
    {
        using var temp = new TempFolder("check");
        File.Copy(Path.Combine(RepoPaths.Templates, "weekly-ir.xlsx"), Path.Combine(temp.Path, "weekly-ir.xlsx"));
        File.WriteAllText(Path.Combine(temp.Path, "~$weekly-ir.xlsx"), "lock");

        var (code, output, error) = await CliRunner.RunAsync("check-templates", "--templates", temp.Path);

        Assert.True(code == 0, output + error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("build", "--help")]
    [InlineData("validate", "--help")]
    [InlineData("check-templates", "--help")]
    public async Task Help_AnyCommand_ExitsZeroAndDescribesOptions(params string[] args)
    {
        var (code, output, _) = await CliRunner.RunAsync(args);

        Assert.Equal(0, code);
        Assert.Contains("Usage", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_ExitsOne()
    {
        var (code, _, error) = await CliRunner.RunAsync("frobnicate");

        Assert.Equal(1, code);
        Assert.Contains("frobnicate", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckTemplates_ShippedTemplates_AreClean()
    {
        var (code, output, error) = await CliRunner.RunAsync("check-templates", "--templates", RepoPaths.Templates);

        Assert.True(code == 0, output + error);
        Assert.Contains("weekly-ir.xlsx", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckTemplates_MisspeltFieldAndFilter_NamesCellsAndSuggestionsAndExitsOne()
    {
        // Given a copy of the shipped template where an analyst misspelt a field and a filter
        using var temp = new TempFolder("check");
        var broken = Path.Combine(temp.Path, "weekly-ir.xlsx");
        using (var workbook = new ClosedXML.Excel.XLWorkbook(Path.Combine(RepoPaths.Templates, "weekly-ir.xlsx")))
        {
            workbook.Worksheet("Summary").Cell("B4").SetValue("{{ week.lable }}");
            workbook.Worksheet("Summary").Cell("C10").SetValue("{{ totals.prior_investments | monye: \"B\" }}");
            workbook.SaveAs(broken);
        }

        // When the templates are checked
        var (code, output, error) = await CliRunner.RunAsync("check-templates", "--templates", temp.Path);

        // Then each problem is reported at its cell with a did-you-mean, and nothing was built
        Assert.Equal(1, code);
        Assert.Contains("weekly-ir.xlsx Summary!B4", error, StringComparison.Ordinal);
        Assert.Contains("week.label", error, StringComparison.Ordinal);
        Assert.Contains("weekly-ir.xlsx Summary!C10", error, StringComparison.Ordinal);
        Assert.Contains("money", error, StringComparison.Ordinal);
        Assert.Contains("2 problem(s)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
