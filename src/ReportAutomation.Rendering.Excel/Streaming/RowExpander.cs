namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>placeholder</summary>
public sealed class RowExpander
{
    /// <summary>placeholder</summary>
    public ExpansionReport Expand(string inputXlsx, string outputXlsx, IReadOnlyList<RowExpansion> expansions, CancellationToken ct = default) => throw new NotImplementedException();
}
