using System.Globalization;
using ReportAutomation.Core.Templates;
using ReportAutomation.TestKit;
using static ReportAutomation.Core.Tests.Templates.TemplateTestSupport;

namespace ReportAutomation.Core.Tests.Templates;

public sealed class FilterTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [Theory]
    [InlineData("{{ 14300000000 | money: \"B\" }}", "$14.3B")]
    [InlineData("{{ 600000000000 | money: \"B\" }}", "$600B")]
    [InlineData("{{ 1200000000 | money: \"B\", \"EUR\" }}", "€1.2B")]
    [InlineData("{{ 1200000000 | money: \"B\", \"GBP\" }}", "£1.2B")]
    [InlineData("{{ 1200000000 | money: \"B\", \"CHF\" }}", "CHF 1.2B")]
    [InlineData("{{ -1200000000 | money: \"B\" }}", "-$1.2B")]
    [InlineData("{{ 14300000000 | money }}", "$14.3B")]
    [InlineData("{{ 950000 | money: \"auto\" }}", "$950K")]
    [InlineData("{{ 999960000 | money }}", "$1B")]
    [InlineData("{{ 1250000 | money: \"M\" }}", "$1.3M")]
    [InlineData("{{ 14300000000000 | money: \"B\" }}", "$14,300B")]
    [InlineData("{{ 512 | money }}", "$512")]
    [InlineData("{{ 1200000000 | money: scale: \"B\", currency: \"eur\" }}", "€1.2B")]
    public void Money_Invariant_FormatsAsContract(string text, string expected)
    {
        // Given an engine with the invariant culture
        // When the money filter renders
        var result = Render(text);

        // Then the contract's format comes out
        Assert.Equal(expected, result);
    }

    [Fact]
    public void Money_GermanCulture_UsesCommaDecimalAndDotGrouping()
    {
        // Given a German engine
        // When amounts are rendered
        var small = Render("{{ 14300000000 | money: \"B\", \"EUR\" }}", culture: German);
        var large = Render("{{ 14300000000000 | money: \"B\" }}", culture: German);

        // Then separators follow de-DE while the symbol stays in front
        Assert.Equal("€14,3B", small);
        Assert.Equal("$14.300B", large);
    }

    [Fact]
    public void Money_ExplicitCultureArgument_OverridesEngineCulture()
    {
        // Given an invariant engine, When a culture is passed to the filter
        var result = Render("{{ 14300000000 | money: \"B\", \"EUR\", \"de-DE\" }}");

        // Then that culture is used
        Assert.Equal("€14,3B", result);
    }

    [Fact]
    public void Money_NoCurrencyGiven_UsesTheCurrencyNextToTheAmount()
    {
        // Given a pack whose investment is in EUR
        var engine = new TemplateEngine();
        var scope = engine.CreateScope(Some.Pack(investments: [Some.Investment(2_500_000_000m, currency: "EUR")]));

        // When the item's amount and the headline total are rendered without a currency
        var item = engine.ParseOk("{{ investments.first.amount | money: \"B\" }}").Render(scope);
        var total = engine.ParseOk("{{ totals.investments | money }}").Render(scope);
        var loose = engine.ParseOk("{% assign a = 1000 %}{{ a | money }}").Render(scope);

        // Then the sibling currency field (or the pack's main currency) is used
        Assert.Equal("€2.5B", item);
        Assert.Equal("€2.5B", total);
        Assert.Equal("€1K", loose);
    }

    [Fact]
    public void Money_NilOrText_RendersNothing()
    {
        // Given values that are not numbers, When formatted as money, Then nothing is shown
        Assert.Equal(string.Empty, Render("{{ nothing | money }}"));
        Assert.Equal(string.Empty, Render("{{ \"n/a\" | money }}"));
    }

    [Theory]
    [InlineData("{{ 0.125 | percent }}", "12.5%")]
    [InlineData("{{ 0.125 | percent: 0 }}", "13%")]
    [InlineData("{{ 0.1 | percent }}", "10.0%")]
    [InlineData("{{ -0.0349 | percent: 2 }}", "-3.49%")]
    [InlineData("{{ 0.05 | percent: 1, \"+\" }}", "+5.0%")]
    [InlineData("{{ 12.5 | percent: 0 }}", "1,250%")]
    public void Percent_Invariant_FormatsRatio(string text, string expected)
    {
        Assert.Equal(expected, Render(text));
    }

    [Fact]
    public void Percent_German_UsesCommaAndNil_IsEmpty()
    {
        // Given a German engine, When ratios are shown as percentages
        var value = Render("{{ 0.125 | percent }}", culture: German);
        var nil = Render("{{ totals.investments_change | percent }}", culture: German);

        // Then the decimal comma is used, and nil stays empty
        Assert.Equal("12,5%", value);
        Assert.Equal(string.Empty, nil);
    }

    [Theory]
    [InlineData("{{ 1234567.891 | number: 2 }}", "1,234,567.89")]
    [InlineData("{{ 1234567 | number }}", "1,234,567")]
    [InlineData("{{ 0.12345 | number }}", "0.12")]
    [InlineData("{{ 2.5 | number: 0 }}", "3")]
    [InlineData("{{ -2.5 | number: 0 }}", "-3")]
    [InlineData("{{ 0.25 | number: 2, \"+\" }}", "+0.25")]
    [InlineData("{{ 0 | number: 2, \"+\" }}", "0.00")]
    [InlineData("{{ 0.25 | number: 2, signed: true }}", "+0.25")]
    [InlineData("{{ 1234.5 | number: 1, \"de-DE\" }}", "1.234,5")]
    public void Number_Invariant_GroupsAndRoundsHalfAwayFromZero(string text, string expected)
    {
        Assert.Equal(expected, Render(text));
    }

    [Fact]
    public void Number_German_UsesGermanSeparators()
    {
        Assert.Equal("1.234.567,89", Render("{{ 1234567.891 | number: 2 }}", culture: German));
    }

    [Fact]
    public void Date_DefaultAndExplicitFormats_FormatDateOnlyValues()
    {
        // Given the pack's week (2026-W47, Monday 16 Nov 2026)
        // When its start date is formatted
        var byDefault = Render("{{ week.start | date }}");
        var iso = Render("{{ week.start | date: \"yyyy-MM-dd\" }}");
        var german = Render("{{ week.start | date: \"d. MMMM yyyy\" }}", culture: German);
        var strftime = Render("{{ week.start | date: \"%Y/%m/%d\" }}");
        var unformatted = Render("{{ week.start }}");

        // Then each format applies, German month names included
        Assert.Equal("16 Nov 2026", byDefault);
        Assert.Equal("2026-11-16", iso);
        Assert.Equal("16. November 2026", german);
        Assert.Equal("2026/11/16", strftime);
        Assert.Equal("2026-11-16", unformatted);
    }

    [Fact]
    public void Date_DateTimeOffset_FormatsWithTime()
    {
        Assert.Equal("2026-11-24 09:00", Render("{{ pack.generated_at | date: \"yyyy-MM-dd HH:mm\" }}"));
    }

    [Fact]
    public void Date_Now_IsThePacksBuildTime()
    {
        // Given a pack built on Tuesday 24 Nov 2026 09:00 UTC (the fake clock)
        // When "now" is formatted, in .NET and in Liquid style
        // Then both give the build time, never the machine's clock
        Assert.Equal("24 Nov 2026 09:00", Render("{{ \"now\" | date: \"d MMM yyyy HH:mm\" }}"));
        Assert.Equal("2026-11-24", Render("{{ \"now\" | date: \"%Y-%m-%d\" }}"));
    }

    [Theory]
    [InlineData("{% if week.end > week.start %}yes{% else %}no{% endif %}", "yes")]
    [InlineData("{% if week.start < prior_week.end %}yes{% else %}no{% endif %}", "no")]
    [InlineData("{% if articles.first.published >= week.start and articles.first.published <= week.end %}in{% endif %}", "in")]
    [InlineData("{% if articles.first.published == week.start %}same{% else %}other{% endif %}", "other")]
    [InlineData("{% if week.start > \"2026-11-01\" %}later{% endif %}", "later")]
    [InlineData("{% if totals.deals > 0 %}some{% endif %}", "some")]
    public void Conditions_CompareDatesAndNumbers(string text, string expected)
    {
        var engine = new TemplateEngine();
        var scope = engine.CreateScope(Some.Pack(investments: [Some.Investment()], articles: [Some.Article()]));

        Assert.Equal(expected, engine.ParseOk(text).Render(scope));
    }

    [Fact]
    public void Link_AbsoluteHttps_GivesLinkValueAndRendersText()
    {
        // Given an article with an https URL
        var engine = new TemplateEngine();
        var scope = engine.CreateScope(Some.Pack(articles: [Some.Article(title: "Tom & Jerry", url: "https://news.example.com/a?x=1&y=2")]));
        var template = engine.ParseOk("{{ articles.first.title | link: articles.first.url }}");

        // When evaluated and rendered
        var value = template.Evaluate(scope);
        var text = template.Render(scope);

        // Then the typed value is a link with the URL, and text contexts get the title with & intact
        Assert.Equal(new LinkValue("Tom & Jerry", "https://news.example.com/a?x=1&y=2"), value);
        Assert.Equal("Tom & Jerry", text);
        Assert.True(template.HasFormattingFilter);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("=HYPERLINK(\"http://evil\")")]
    [InlineData("/relative/path")]
    [InlineData("http://exa mple.com")]
    public void Link_UnsafeUrl_GivesNoUrl(string url)
    {
        // Given a URL that is not absolute http(s)
        var engine = new TemplateEngine();
        var scope = engine.CreateScope(Some.Pack()).With("u", url);

        // When linked
        var value = engine.ParseOk("{{ \"Open\" | link: u }}").Evaluate(scope);

        // Then the link has text only
        Assert.Equal(new LinkValue("Open", null), value);
    }

    [Fact]
    public void Render_TextWithMarkupCharacters_IsNotHtmlEncoded()
    {
        // Given text with &, < and quotes
        var engine = new TemplateEngine();
        var scope = engine.CreateScope(Some.Pack()).With("t", "R&D <beta> \"quoted\" 'single'");

        // When rendered inside other text
        var result = engine.ParseOk("Note: {{ t }} | {{ t | upcase }}").Render(scope);

        // Then it is raw text
        Assert.Equal("Note: R&D <beta> \"quoted\" 'single' | R&D <BETA> \"QUOTED\" 'SINGLE'", result);
    }

    [Fact]
    public void Render_LiquidBuiltIns_StillWork()
    {
        Assert.Equal("WEEKLY-IR", Render("{{ pack.name | upcase }}"));
        Assert.Equal("n/a", Render("{{ nothing | default: \"n/a\" }}"));
        Assert.Equal("Contoso, Fabrikam", Render("{{ \"Contoso,Fabrikam\" | split: \",\" | join: \", \" }}"));
    }
}
