using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ReportAutomation.Core.Errors;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Packs;
using ReportAutomation.Core.Pipeline;
using ReportAutomation.Core.Weeks;
using ReportAutomation.TestKit;

namespace ReportAutomation.Rendering.Excel.Tests.Rendering;

/// <summary>A known W47 pack and the shipped templates/weekly-ir.xlsx rendered with it.</summary>
internal static class WeeklyIrSample
{
    public static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    public static readonly DateOnly WeekStart = new(2026, 11, 16);

    public static readonly InvestmentFigure[] Investments =
    [
        Some.Investment(amount: 3_000_000_000m, investor: "Microsoft", target: "Helio Compute", date: Some.On("2026-11-16"), line: 2),
        Some.Investment(amount: 2_500_000_000m, investor: "Alphabet", target: "TPU deal", date: Some.On("2026-11-17"), line: 3),
        Some.Investment(amount: 14_300_000_000m, investor: "Meta Platforms", target: "Scale AI", date: Some.On("2026-11-18"), line: 4),
        Some.Investment(amount: 600_000_000m, investor: "Meta Platforms", target: "=HYPERLINK(\"http://evil\",\"x\")", date: Some.On("2026-11-19"), line: 5),
        Some.Investment(amount: 1_200_000_000m, investor: "Alphabet", target: "Paris lab", currency: "EUR", category: "Capex", date: Some.On("2026-11-20"), line: 6),
        Some.Investment(amount: 1_000_000_000m, investor: "Nvidia", target: "Prior week deal", date: Some.On("2026-11-10"), line: 7),
    ];

    /// <summary>This week's investments (the prior week's deal is history only).</summary>
    public static IEnumerable<InvestmentFigure> ThisWeek => Investments.Where(i => i.Date >= WeekStart);

    public static WeeklyPack Pack() => new WeeklyPackBuilder(Clock).Build(
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
            Issues =
            [
                Some.Issue(),
                Some.Issue("score is outside [-1, 1]", 46, "score", "1.7"),
                DataIssue.Warning("articles/nv.txt", null, null, null, "title derived from the first sentence"),
            ],
            Files = [new InputFile("figures/investments.csv", "figures", new string('a', 64), 1234)],
        },
        new PackOptions(),
        new IsoWeek(2026, 47));

    /// <summary>Renders <see cref="Pack"/> into <paramref name="folder"/> and returns the workbook's path.</summary>
    public static string Render(string folder, WeeklyPack? pack = null)
    {
        Directory.CreateDirectory(folder);
        var result = new ExcelPackRenderer(NullLogger<ExcelPackRenderer>.Instance).Render(
            pack ?? Pack(),
            new RenderRequest(Path.Combine(RepoPaths.Templates, "weekly-ir.xlsx"), Path.Combine(folder, "weekly-ir-2026-W47.xlsx"), CultureInfo.InvariantCulture));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.OutputPath!;
    }
}
