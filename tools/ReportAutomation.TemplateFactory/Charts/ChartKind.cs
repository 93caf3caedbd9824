namespace ReportAutomation.TemplateFactory.Charts;

/// <summary>The chart types the template uses.</summary>
internal enum ChartKind
{
    /// <summary>Clustered horizontal bars (c:barChart, barDir=bar).</summary>
    ClusteredBar,

    /// <summary>Lines with markers (c:lineChart).</summary>
    LineWithMarkers,
}
