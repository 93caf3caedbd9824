namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>How references move when a formula is rewritten. Steps, in order: a relative shift in the input's coordinates
/// (<see cref="PreRowDelta"/>/<see cref="PreColumnDelta"/>, to unshare shared formulas), the structural move of inserted rows
/// (ranges spanning a template row grow), then a relative row shift in the output (<see cref="PostRowDelta"/>, to copy a
/// template row's formula down).</summary>
internal readonly record struct ShiftContext(RowShiftMap Map, string? OwnSheet)
{
    public int PreRowDelta { get; init; }

    public int PreColumnDelta { get; init; }

    /// <summary>When copying the template row's own formula: that row (on the own sheet) keeps its position and does not grow.</summary>
    public int CopyTemplateRow { get; init; }

    public int PostRowDelta { get; init; }

    /// <summary>For a cloned chart series: references to <see cref="CloneRow"/> on this sheet point at generated row <see cref="CloneOffset"/>.</summary>
    public string? CloneSheet { get; init; }

    public int CloneRow { get; init; }

    public int CloneOffset { get; init; }
}
