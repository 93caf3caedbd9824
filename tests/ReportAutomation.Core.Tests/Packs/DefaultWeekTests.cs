using Microsoft.Extensions.Time.Testing;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Packs;
using ReportAutomation.Core.Weeks;
using ReportAutomation.TestKit;

namespace ReportAutomation.Core.Tests.Packs;

/// <summary>The default week through the builder: Europe/London in summer time (UTC+1), where the local and UTC dates differ
/// in the last hour of Sunday. 2026-W26 is Mon 22 – Sun 28 June 2026.</summary>
public sealed class DefaultWeekTests
{
    private static readonly PackInputs Inputs = new()
    {
        Investments =
        [
            Some.Investment(amount: 1m, investor: "Sunday deal", date: Some.On("2026-06-28"), line: 2),
            Some.Investment(amount: 2m, investor: "Earlier deal", date: Some.On("2026-06-21"), line: 3),
        ],
    };

    private static WeeklyPack BuildAt(DateTimeOffset now) =>
        new WeeklyPackBuilder(new FakeTimeProvider(now)).Build(Inputs, new PackOptions { TimeZone = "Europe/London" });

    [Fact]
    public void Build_SundayAt2359InLondon_PicksThePreviousWeek()
    {
        // Given a clock at Sunday 28 June 23:59 London time (22:59 UTC): W26 is not over yet
        var now = new DateTimeOffset(2026, 6, 28, 23, 59, 0, TimeSpan.FromHours(1));

        // When the pack is built without a week
        var pack = BuildAt(now);

        // Then it covers W25 and holds W25's deal, not Sunday's
        Assert.Equal(new IsoWeek(2026, 25), pack.Week);
        Assert.Equal(["Earlier deal"], pack.Investments.Select(i => i.Investor));
        Assert.Equal(1, pack.History!.Investments.AfterWeek);
        Assert.Equal("Europe/London", pack.TimeZone);
    }

    [Fact]
    public void Build_MondayAt0000InLondon_PicksTheWeekJustEndedWithItsSunday()
    {
        // Given a clock at Monday 29 June 00:00 London time, which is still Sunday 23:00 in UTC
        var now = new DateTimeOffset(2026, 6, 28, 23, 0, 0, TimeSpan.Zero);

        // When the pack is built without a week
        var pack = BuildAt(now);

        // Then the London week W26 has ended: the pack covers it, Sunday's deal included
        Assert.Equal(new IsoWeek(2026, 26), pack.Week);
        Assert.Equal(["Sunday deal"], pack.Investments.Select(i => i.Investor));
        Assert.Equal([new InvestmentTotal("Total", "USD", 2m, 1)], pack.PriorTotalsByCurrency);
        Assert.Equal(now, pack.GeneratedAt);
    }

    [Fact]
    public void Build_SameInstantInUtc_StillInTheWeek()
    {
        // Given the same instant as above judged in UTC (Sunday 23:00), the week is not over: a check that the zone matters
        var pack = new WeeklyPackBuilder(new FakeTimeProvider(new DateTimeOffset(2026, 6, 28, 23, 0, 0, TimeSpan.Zero)))
            .Build(Inputs, new PackOptions { TimeZone = "UTC" });

        Assert.Equal(new IsoWeek(2026, 25), pack.Week);
    }
}
