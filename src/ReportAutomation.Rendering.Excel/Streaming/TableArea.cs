namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>A table's display name and range on its sheet (input coordinates).</summary>
internal sealed record TableArea(string Name, RefEnd Start, RefEnd End)
{
    public bool Contains(int row, int column) =>
        row >= Start.Row && row <= End.Row && column >= Start.Column && column <= End.Column;
}
