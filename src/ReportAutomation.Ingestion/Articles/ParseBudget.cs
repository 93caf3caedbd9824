namespace ReportAutomation.Ingestion.Articles;

/// <summary>How long one page may spend being parsed and having its content found, measured from creation.</summary>
internal sealed class ParseBudget(TimeProvider time, TimeSpan limit)
{
    private readonly long _start = time.GetTimestamp();

    /// <summary>The time allowed.</summary>
    public TimeSpan Limit { get; } = limit;

    /// <summary>Throws <see cref="HtmlTooSlowException"/> once more than <see cref="Limit"/> has passed.</summary>
    public void ThrowIfSpent()
    {
        if (time.GetElapsedTime(_start) > Limit)
        {
            throw new HtmlTooSlowException(Limit);
        }
    }
}
