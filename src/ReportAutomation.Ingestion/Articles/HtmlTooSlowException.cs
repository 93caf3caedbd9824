namespace ReportAutomation.Ingestion.Articles;

/// <summary>Raised inside the HTML extractor when a page outlasts its <see cref="ParseBudget"/>; the reader turns it into a data issue.</summary>
internal sealed class HtmlTooSlowException(TimeSpan limit) : Exception($"The page took longer than {limit} to parse.")
{
    /// <summary>The time that was allowed.</summary>
    public TimeSpan Limit { get; } = limit;
}
