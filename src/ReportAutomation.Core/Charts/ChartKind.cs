namespace ReportAutomation.Core.Charts;

/// <summary>How a chart draws its series.</summary>
public enum ChartKind
{
    /// <summary>Horizontal bars, one per category, first category at the top.</summary>
    Bar,

    /// <summary>Lines with markers, one line per series across the categories.</summary>
    Line,
}
