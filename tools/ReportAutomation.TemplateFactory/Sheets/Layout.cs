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
    public const string InvestmentAmountColumn = "D";
    public const string InvestmentCategoryColumn = "F";

    // SentimentMatrix columns: A entity, B..I the 8 history weeks, J latest, K prior, L change, M trend.
    public const int HistoryWeekCount = 8;
    public const string SentimentLatestColumn = "J";
    public const string SentimentPriorColumn = "K";
    public const string SentimentChangeColumn = "L";

    /// <summary>
    /// A structured reference to a table column's data rows, e.g. <c>Investments[Amount]</c>: it covers whatever rows
    /// the table has, so totals stay right when the renderer fills the table or an analyst adds a row in Excel.
    /// </summary>
    public static string Column(string table, string column) => $"{table}[{column}]";
}
