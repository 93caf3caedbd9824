namespace ReportAutomation.Ingestion.Figures;

/// <summary>Decides what a figure file holds from its header row, not its name.</summary>
internal static class FigureKinds
{
    /// <summary>
    /// The kind whose distinctive columns the header has most of; null, with an issue, when it is neither investments nor
    /// sentiment. A watch-list header is recognised and skipped without an issue, so entities.csv may sit beside the figures.
    /// </summary>
    public static HeaderMatch? Decide(IReadOnlyList<string> header, FileIssues issues, int headerLine, out bool isWatchList)
    {
        isWatchList = false;
        var investments = TableSchema.Investments.Match(header);
        var sentiment = TableSchema.Sentiment.Match(header);
        if (investments.Hits > sentiment.Hits)
        {
            return investments;
        }

        if (sentiment.Hits > investments.Hits)
        {
            return sentiment;
        }

        if (investments.Hits == 0 && TableSchema.WatchList.Match(header) is { Usable: true, Hits: >= 2 })
        {
            isWatchList = true;
            return null;
        }

        var joined = string.Join(",", header);
        if (header.Count == 1 && joined.IndexOfAny([';', '\t', '|']) >= 0)
        {
            issues.Add(headerLine, null, joined,
                "the header is one column holding ';', tab or '|': figure files must be comma-separated; the file was skipped");
            return null;
        }

        issues.Add(headerLine, null, joined, investments.Hits == 0
            ? "header matches neither investments (date,investor,target,amount,currency,category,source) nor sentiment (date,entity,source,score,label); the file was skipped"
            : "header mixes investment and sentiment columns; the file was skipped");
        return null;
    }
}
