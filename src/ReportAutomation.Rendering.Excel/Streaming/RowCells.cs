using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Puts a generated row's cells in column order (without copying when they already are) and checks their columns.</summary>
internal sealed class RowCells
{
    private readonly ExpansionJob _job;
    private XlCell[] _scratch = [];

    public RowCells(ExpansionJob job)
    {
        _job = job;
    }

    /// <summary>The row's cells by strictly ascending column, without copying when they already are.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<XlCell> Ordered(IReadOnlyList<XlCell> cells, int offset)
    {
        ReadOnlySpan<XlCell> span;
        if (cells is XlCell[] array)
        {
            span = array;
        }
        else if (cells is List<XlCell> list)
        {
            span = CollectionsMarshal.AsSpan(list);
        }
        else
        {
            span = CopyToScratch(cells);
        }

        var previous = 0;
        var ascending = true;
        foreach (ref readonly var cell in span)
        {
            if (cell.Column is < 1 or > ExcelLimits.MaxColumn)
            {
                throw new ArgumentOutOfRangeException(nameof(cells), $"Generated row {offset} for {_job.SheetName} row {_job.TemplateRow} has a cell in column {cell.Column}.");
            }

            ascending &= cell.Column > previous;
            previous = cell.Column;
        }

        if (ascending)
        {
            return span;
        }

        var sorted = span.ToArray();
        Array.Sort(sorted, (a, b) => a.Column.CompareTo(b.Column));
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Column == sorted[i - 1].Column)
            {
                throw new ArgumentException($"Generated row {offset} for {_job.SheetName} row {_job.TemplateRow} has two cells in column {sorted[i].Column}.", nameof(cells));
            }
        }

        return sorted;
    }

    private ReadOnlySpan<XlCell> CopyToScratch(IReadOnlyList<XlCell> cells)
    {
        if (_scratch.Length < cells.Count)
        {
            _scratch = new XlCell[Math.Max(cells.Count, 16)];
        }

        for (var i = 0; i < cells.Count; i++)
        {
            _scratch[i] = cells[i];
        }

        return _scratch.AsSpan(0, cells.Count);
    }
}
