using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Packs;
using ReportAutomation.Core.Weeks;
using ReportAutomation.TestKit;

namespace ReportAutomation.Core.Tests.Packs;

public sealed class PackHistoryTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    // W47 is 16-22 Nov 2026; a 3-week window is W45-W47 (2-22 Nov).
    private static readonly PackOptions ThreeWeeks = new() { HistoryWeeks = 3 };

    private static readonly PackInputs Inputs = new()
    {
        Investments =
        [
            Some.Investment(amount: 1m, date: Some.On("2026-10-01"), line: 2),
            Some.Investment(amount: 10m, date: Some.On("2026-11-03"), line: 3),
            Some.Investment(amount: 20m, date: Some.On("2026-11-04"), currency: "EUR", line: 4),
            Some.Investment(amount: 30m, date: Some.On("2026-11-08"), line: 5),
            Some.Investment(amount: 40m, date: Some.On("2026-11-18"), line: 6),
            Some.Investment(amount: 50m, date: Some.On("2026-11-25"), line: 7),
        ],
        Sentiment =
        [
            Some.Sentiment("Contoso", 0.1, Some.On("2026-09-30")),
            Some.Sentiment("Contoso", 0.3, Some.On("2026-11-17")),
        ],
        Articles =
        [
            Some.Article("this-week.html", "This week", Some.On("2026-11-20")),
            Some.Article("old.html", "Old news", Some.On("2026-10-05")),
            Some.Article("later.html", "Later news", Some.On("2026-11-26")),
            Some.Article("undated.txt", "No date") with { Published = null },
        ],
    };

    [Fact]
    public void Build_RowsInSeveralWeeks_InvestmentsByWeekSumsEachWindowWeekAndCurrency()
    {
        // When the W47 pack is built with a three-week window
        var pack = new WeeklyPackBuilder(Clock).Build(Inputs, ThreeWeeks, new IsoWeek(2026, 47));

        // Then W45 has both currencies, W46 nothing (absent), W47 one row; rows before the window and after the week are left out
        Assert.Equal(
            [
                new InvestmentWeekTotal("2026-W45", Some.On("2026-11-02"), "EUR", 20m, 1),
                new InvestmentWeekTotal("2026-W45", Some.On("2026-11-02"), "USD", 40m, 2),
                new InvestmentWeekTotal("2026-W47", Some.On("2026-11-16"), "USD", 40m, 1),
            ],
            pack.InvestmentsByWeek);
    }

    [Fact]
    public void Build_RowsOutsideWindow_HistorySummaryCountsAndDatesThem()
    {
        // When the W47 pack is built with a three-week window
        var pack = new WeeklyPackBuilder(Clock).Build(Inputs, ThreeWeeks, new IsoWeek(2026, 47));

        // Then every row is accounted for: in the week, in the window, before it, after the week, undated
        var history = pack.History!;
        Assert.Equal(Some.On("2026-11-02"), history.WindowStart);
        Assert.Equal(Some.On("2026-11-22"), history.WindowEnd);
        Assert.Equal(new HistoryExtent(6, 1, 4, 1, 1, 0, Some.On("2026-10-01"), Some.On("2026-11-25")), history.Investments);
        Assert.Equal(new HistoryExtent(2, 1, 1, 1, 0, 0, Some.On("2026-09-30"), Some.On("2026-11-17")), history.Sentiment);
        Assert.Equal(new HistoryExtent(4, 1, 1, 1, 1, 1, Some.On("2026-10-05"), Some.On("2026-11-26")), history.Articles);
    }

    [Fact]
    public void Build_ArticlesOfOtherWeeks_KeptAsBriefReferencesNewestFirstUndatedLast()
    {
        // When the W47 pack is built
        var pack = new WeeklyPackBuilder(Clock).Build(Inputs, ThreeWeeks, new IsoWeek(2026, 47));

        // Then this week's article is in the pack, the others are references with their week, file and link
        Assert.Equal("this-week.html", Assert.Single(pack.Articles).Id);
        Assert.Equal(
            [
                new ArticleReference("later.html", "Later news", "Example News", Some.On("2026-11-26"), "2026-W48", "later.html", "https://news.example.com/contoso-raise"),
                new ArticleReference("old.html", "Old news", "Example News", Some.On("2026-10-05"), "2026-W41", "old.html", "https://news.example.com/contoso-raise"),
                new ArticleReference("undated.txt", "No date", "Example News", null, null, "undated.txt", "https://news.example.com/contoso-raise"),
            ],
            pack.OtherArticles);
    }

    [Fact]
    public void ToJson_PackWithHistory_CarriesReferencesWithoutTextAndNotEveryRow()
    {
        // Given a pack whose inputs hold article text and rows of other weeks
        var pack = new WeeklyPackBuilder(Clock).Build(
            Inputs with { Articles = [.. Inputs.Articles.Select(a => a with { Blocks = [new ArticleBlock(ArticleBlockKind.Paragraph, "Body text " + a.Id)] })] },
            ThreeWeeks,
            new IsoWeek(2026, 47));

        // When it is written as JSON
        using var json = JsonDocument.Parse(ManifestWriter.ToJson(pack));
        var root = json.RootElement;

        // Then other weeks' articles appear without their text, and only this week's rows are listed one by one
        Assert.Equal(3, root.GetProperty("otherArticles").GetArrayLength());
        Assert.DoesNotContain("Body text old.html", root.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Body text this-week.html", root.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(1, root.GetProperty("investments").GetArrayLength());
        Assert.False(root.TryGetProperty("investmentHistory", out _));
        Assert.Equal(4, root.GetProperty("history").GetProperty("investments").GetProperty("inWindow").GetInt32());
        Assert.Equal("2026-W45", root.GetProperty("investmentsByWeek")[0].GetProperty("week").GetString());
    }
}
