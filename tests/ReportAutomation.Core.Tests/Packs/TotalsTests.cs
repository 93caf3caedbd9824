using Microsoft.Extensions.Time.Testing;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Packs;
using ReportAutomation.Core.Weeks;
using ReportAutomation.TestKit;

namespace ReportAutomation.Core.Tests.Packs;

public sealed class TotalsTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    private static WeeklyPack Build(PackInputs inputs) => new WeeklyPackBuilder(Clock).Build(inputs, new PackOptions(), new IsoWeek(2026, 47));

    [Fact]
    public void Build_SeveralCategoriesAndCurrencies_TotalsByCategoryHasEachSumCountLargestFirst()
    {
        // Given deals in three categories, one of them in two currencies
        var inputs = new PackInputs
        {
            Investments =
            [
                Some.Investment(amount: 3_000_000_000m, category: "Capex", line: 2),
                Some.Investment(amount: 2_500_000_000m, category: "Capex", line: 3),
                Some.Investment(amount: 1_200_000_000m, category: "Capex", currency: "EUR", line: 4),
                Some.Investment(amount: 14_300_000_000m, category: "Equity stake", line: 5),
                Some.Investment(amount: 750_000_000m, category: "Venture round", line: 6),
                Some.Investment(amount: 250_000_000m, category: "Venture round", line: 7),
            ],
        };

        // When the pack is built
        var pack = Build(inputs);

        // Then each category and currency has its sum and count, largest first
        Assert.Equal(
            [
                new InvestmentTotal("Equity stake", "USD", 14_300_000_000m, 1),
                new InvestmentTotal("Capex", "USD", 5_500_000_000m, 2),
                new InvestmentTotal("Capex", "EUR", 1_200_000_000m, 1),
                new InvestmentTotal("Venture round", "USD", 1_000_000_000m, 2),
            ],
            pack.TotalsByCategory);
    }

    [Fact]
    public void Build_MillionRowsAtTheCap_SumsWithoutOverflow()
    {
        // Given one million rows, each at the 10^15 cap (about 10^21 in all; decimal holds 7.9 x 10^28)
        var row = Some.Investment(amount: InvestmentFigure.MaxAmount, investor: "Big Fund");
        var inputs = new PackInputs { Investments = Enumerable.Repeat(row, 1_000_000).ToArray() };

        // When the pack is built
        var pack = Build(inputs);

        // Then every total is exact and nothing is reported
        var expected = new InvestmentTotal("Total", "USD", 1_000_000m * InvestmentFigure.MaxAmount, 1_000_000);
        Assert.Equal([expected], pack.TotalsByCurrency);
        Assert.Equal(expected with { Key = "Big Fund" }, Assert.Single(pack.TotalsByInvestor));
        Assert.Equal(1_000_000, Assert.Single(pack.InvestmentsByWeek).Count);
        Assert.Empty(pack.Issues);
    }

    [Fact]
    public void Build_AmountsThatWouldOverflowDecimal_PackStillBuildsAndReportsTheRows()
    {
        // Given two rows whose sum would overflow decimal, and one ordinary row
        var inputs = new PackInputs
        {
            Investments =
            [
                Some.Investment(amount: decimal.MaxValue, investor: "Absurd", line: 2),
                Some.Investment(amount: decimal.MaxValue, investor: "Absurd", line: 3),
                Some.Investment(amount: 5m, investor: "Normal", line: 4),
            ],
        };

        // When the pack is built
        var pack = Build(inputs);

        // Then the rows stay in the pack, the totals carry only the row within the cap, and each absurd row is a data issue
        Assert.Equal(3, pack.Investments.Count);
        Assert.Equal([new InvestmentTotal("Total", "USD", 5m, 1)], pack.TotalsByCurrency);
        Assert.Equal(["Normal"], pack.TotalsByInvestor.Select(t => t.Key));
        Assert.Equal([2, 3], pack.Issues.Select(i => i.Line ?? 0));
        Assert.All(pack.Issues, i => Assert.Equal("amount", i.Column));
        Assert.All(pack.Issues, i => Assert.Contains("left out of every total", i.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_NegativeAmountBeyondTheCap_IsLeftOutToo()
    {
        var pack = Build(new PackInputs { Investments = [Some.Investment(amount: -InvestmentFigure.MaxAmount - 1m), Some.Investment(amount: -3m, line: 3)] });

        Assert.Equal([new InvestmentTotal("Total", "USD", -3m, 1)], pack.TotalsByCurrency);
        Assert.Single(pack.Issues);
    }
}
