using ReportAutomation.Core.Charts;
using ReportAutomation.TestKit;

namespace ReportAutomation.Core.Tests.Charts;

public sealed class PackChartsTests
{
    [Fact]
    public void InvestmentsByInvestor_WeekInTwoCurrencies_LabelsEachBarWithItsCurrencyAndKeepsThemApart()
    {
        // Given a week where one investor put money in in euros and in dollars, and another in dollars only
        var pack = Some.TwoCurrencyWeek();

        // When the chart is resolved against it
        var data = PackCharts.InvestmentsByInvestor.For(pack);

        // Then there is one bar per investor and currency, each labelled with its currency and carrying it
        Assert.Equal(["Alphabet (EUR)", "Microsoft (USD)", "Alphabet (USD)"], data.Categories);
        Assert.Equal(["EUR", "USD", "USD"], data.Currencies!);
        Assert.True(data.MixesCurrencies);
        Assert.Equal([5_500_000_000d, 2_000_000_000d, 350_000_000d], data.Series.Single().Values.Select(v => v!.Value));
    }

    [Fact]
    public void InvestmentsByInvestor_WeekInOneCurrency_LabelsAreTheInvestors()
    {
        var pack = Some.Pack(investments: [Some.Investment(2_000_000_000m, "Microsoft", line: 2), Some.Investment(350_000_000m, "Alphabet", line: 3)]);

        var data = PackCharts.InvestmentsByInvestor.For(pack);

        Assert.Equal(["Microsoft", "Alphabet"], data.Categories);
        Assert.False(data.MixesCurrencies);
    }
}
