namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Shared formulas of one sheet (master text and position by <c>si</c>), turned back into plain per-cell formulas.</summary>
internal sealed class SharedFormulas
{
    private readonly string _sheetName;
    private readonly Dictionary<string, (ParsedFormula Master, int Row, int Column)> _shared = new(StringComparer.Ordinal);

    public SharedFormulas(string sheetName)
    {
        _sheetName = sheetName;
    }

    /// <summary>The formula of a shared-formula cell in plain form, moved with <paramref name="map"/>; null for an orphan follower.</summary>
    public string? Unshare(List<KeyValuePair<string, string>> attributes, string text, int row, int column, RowShiftMap map)
    {
        var si = attributes.FirstOrDefault(a => a.Key == "si").Value ?? string.Empty;
        if (text.Length > 0)
        {
            _shared[si] = (FormulaTokenizer.Parse(text), row, column);
        }

        if (!_shared.TryGetValue(si, out var master))
        {
            return null;
        }

        return master.Master.Render(new ShiftContext(map, _sheetName)
        {
            PreRowDelta = row - master.Row,
            PreColumnDelta = column - master.Column,
        });
    }
}
