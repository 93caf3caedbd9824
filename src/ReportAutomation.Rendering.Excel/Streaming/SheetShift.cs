namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>How one sheet's rows move: each template row T gains <c>extra</c> rows right below it.</summary>
internal sealed class SheetShift
{
    private readonly int[] _templateRows;
    private readonly int[] _extraRows;

    public SheetShift(IEnumerable<(int TemplateRow, int ExtraRows)> insertions)
    {
        var sorted = insertions.OrderBy(i => i.TemplateRow).ToArray();
        _templateRows = sorted.Select(i => i.TemplateRow).ToArray();
        _extraRows = sorted.Select(i => i.ExtraRows).ToArray();
    }

    /// <summary>True when no row moves.</summary>
    public bool IsIdentity => _extraRows.All(e => e == 0);

    /// <summary>The new row of a single cell or of a range's first row: template rows above it push it down.</summary>
    public int MapStart(int row) => Clamp(MapStartUnclamped(row));

    /// <summary>As <see cref="MapStart"/>, but past Excel's last row too (to detect a sheet that would overflow).</summary>
    public long MapStartUnclamped(int row)
    {
        long r = row;
        for (var i = 0; i < _templateRows.Length && _templateRows[i] < row; i++)
        {
            r += _extraRows[i];
        }

        return r;
    }

    /// <summary>The new row of a range's last row: a range ending on a template row grows over its generated rows.</summary>
    public int MapEnd(int row)
    {
        long r = row;
        for (var i = 0; i < _templateRows.Length && _templateRows[i] <= row; i++)
        {
            r += _extraRows[i];
        }

        return Clamp(r);
    }

    private static int Clamp(long row) => row > ExcelLimits.MaxRow ? ExcelLimits.MaxRow : (int)row;
}
