using ReportAutomation.Core.Charts;

namespace ReportAutomation.TemplateFactory.Sheets;

/// <summary>The Excel number formats the template's placeholder cells carry (the renderer keeps them for typed values).</summary>
internal static class NumberFormats
{
    public const string Date = "yyyy-mm-dd";
    public const string DateTime = "yyyy-mm-dd hh:mm";
    public const string Amount = "#,##0";

    // Two conditions are Excel's maximum: billions and millions shortened, anything smaller (and negatives) in full.
    public const string AmountShort = PackCharts.AmountShortFormat;
    public const string Count = "#,##0";
    public const string Whole = "0";
    public const string Score = PackCharts.ScoreFormat;
    public const string ScoreChange = "+0.00;-0.00;0.00";
    public const string PercentChange = "+0.0%;-0.0%;0.0%";
}
