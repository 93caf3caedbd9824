namespace ReportAutomation.Ingestion.Articles;

/// <summary>Raised inside the HTML extractor when a parsed tree is deeper than the cap; the reader turns it into a data issue.</summary>
internal sealed class HtmlTooDeepException(int depth) : Exception($"The page nests elements {depth} deep.")
{
    /// <summary>The depth at which walking stopped.</summary>
    public int Depth { get; } = depth;
}
