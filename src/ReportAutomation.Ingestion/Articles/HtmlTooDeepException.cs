namespace ReportAutomation.Ingestion.Articles;

/// <summary>Raised while a page is parsed or walked when its elements nest deeper than the cap; the reader turns it into a data issue.</summary>
internal sealed class HtmlTooDeepException(int depth) : Exception($"The page nests elements {depth} deep.")
{
    /// <summary>The depth at which parsing or walking stopped.</summary>
    public int Depth { get; } = depth;
}
