namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Running totals for the <see cref="ExpansionReport"/>.</summary>
internal sealed class ExpansionCounters
{
    public int PartsRewritten { get; set; }

    public int PartsCopied { get; set; }

    public int HyperlinksWritten { get; set; }

    public int HyperlinksAsText { get; set; }

    public int TextsTruncated { get; set; }

    public int ChartSeriesDropped { get; set; }
}
