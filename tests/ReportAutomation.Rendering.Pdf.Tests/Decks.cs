namespace ReportAutomation.Rendering.Pdf.Tests;

/// <summary>Small deck templates the tests share.</summary>
internal static class Decks
{
    /// <summary>A one-slide template around <paramref name="slide"/> (a JSON object).</summary>
    public static string Slide(string slide, string extra = "") => $$"""
        { {{extra}} "slides": [ {{slide}} ] }
        """;

    /// <summary>A table slide over investments with the given columns.</summary>
    public const string InvestmentTable = """
        { "layout": "table", "title": "Investments", "rows": "x in investments",
          "columns": [ { "header": "Investor", "value": "{{ x.investor }}", "width": 2 }, { "header": "Amount", "value": "{{ x.amount | money }}", "align": "right" } ] }
        """;

    /// <summary>An article-cards slide showing only each article's title (for text and font checks).</summary>
    public const string TitleCards = """
        { "layout": "articles", "title": "Coverage", "cards": "a in articles", "card": { "title": "{{ a.title }}" } }
        """;
}
