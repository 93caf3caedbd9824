namespace ReportAutomation.Core.Charts;

/// <summary>A chart's description resolved against one pack: the categories and series every renderer draws.</summary>
/// <param name="Description">What the chart is (id, title, kind, value kind, colour).</param>
/// <param name="Categories">Category labels in display order.</param>
/// <param name="Series">The series; each has one value per category.</param>
public sealed record ChartData(ChartDescription Description, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series)
{
    /// <summary>True when there is nothing to plot (no category or no value).</summary>
    public bool IsEmpty => Categories.Count == 0 || Series.All(s => s.Values.All(v => v is null));
}
