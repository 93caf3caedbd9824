namespace ReportAutomation.Core.Charts;

/// <summary>What a chart's values are, so every renderer formats its axis and labels alike.</summary>
public enum ChartValueKind
{
    /// <summary>Money amounts: short form on axes and labels (1.2B, 350.0M, 12,000).</summary>
    Money,

    /// <summary>Sentiment scores from -1 to 1, two decimals.</summary>
    Score,
}
