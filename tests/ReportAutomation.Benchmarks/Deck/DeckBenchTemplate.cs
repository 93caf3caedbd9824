namespace ReportAutomation.Benchmarks.Deck;

/// <summary>The bench deck template: a repeated KPI slide per article, article cards, a paginating table, a chart.</summary>
internal static class DeckBenchTemplate
{
    public const string Json = """
        { "theme": { "footer": "{{ pack.name }} · {{ week.label }} · bench" },
          "slides": [
            { "layout": "title", "title": "Bench deck", "subtitle": "{{ week.label }}" },
            { "layout": "chart", "chart": "investments_by_investor" },
            { "layout": "kpis", "repeat": "a in articles", "title": "{{ a.title }}", "tiles": [
              { "label": "Sentiment", "value": "{{ a.sentiment | number: 2 }}", "delta": "{{ a.sentiment }}" },
              { "label": "Words", "value": "{{ a.word_count }}" },
              { "label": "Site", "value": "{{ a.site }}", "note": "{{ a.published | date }}" } ] },
            { "layout": "articles", "cards": "a in articles", "per_slide": 3,
              "card": { "title": "{{ a.title }}", "link": "{{ a.url }}", "site": "{{ a.site }}", "badge": "{{ a.sentiment_label }}", "sentiment": "{{ a.sentiment }}", "summary": "{{ a.summary }}" } },
            { "layout": "table", "title": "Investments", "rows": "x in investments", "columns": [
              { "header": "Date", "value": "{{ x.date | date }}" }, { "header": "Investor", "value": "{{ x.investor }}", "width": 2 },
              { "header": "Target", "value": "{{ x.target }}", "width": 2 }, { "header": "Amount", "value": "{{ x.amount | money }}", "align": "right" } ] }
          ] }
        """;
}
