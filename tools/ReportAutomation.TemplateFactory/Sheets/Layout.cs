namespace ReportAutomation.TemplateFactory.Sheets;

/// <summary>Sheet names and the fixed rows/columns that formulas on other sheets point at.</summary>
internal static class Layout
{
    public const string Summary = "Summary";
    public const string Investments = "Investments";
    public const string Sentiment = "Sentiment";
    public const string Articles = "Articles";
    public const string DataIssues = "Data issues";
    public const string About = "About";

    /// <summary>Header row of every data sheet's main table.</summary>
    public const int HeaderRow = 4;

    /// <summary>Row-loop template row of every data sheet's main table.</summary>
    public const int TemplateRow = 5;

    // Investments table columns (A..H).
    public const string InvestmentDateColumn = "A";
    public const string InvestmentInvestorColumn = "B";
    public const string InvestmentAmountColumn = "D";
    public const string InvestmentCurrencyColumn = "E";
    public const string InvestmentCategoryColumn = "F";

    // SentimentMatrix columns: A entity, B..I the 8 history weeks, J latest, K prior, L change, M trend.
    public const int HistoryWeekCount = 8;
    public const string SentimentLatestColumn = "J";
    public const string SentimentPriorColumn = "K";
    public const string SentimentChangeColumn = "L";

    // Articles: B is the title, present on every article.
    public const string ArticleTitleColumn = "B";

    // Data issues: E is the reason, present on every issue.
    public const string IssueReasonColumn = "E";

    /// <summary>An absolute one-row range on a data sheet's template row, e.g. <c>Investments!$D$5:$D$5</c>.</summary>
    public static string TemplateRowRange(string sheet, string column)
    {
        var quoted = sheet.Contains(' ') ? $"'{sheet}'" : sheet;
        return $"{quoted}!${column}${TemplateRow}:${column}${TemplateRow}";
    }
}
