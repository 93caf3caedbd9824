namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Row moves of every expanded sheet, looked up by sheet name (case-insensitive, as Excel).</summary>
internal sealed class RowShiftMap
{
    private readonly Dictionary<string, SheetShift> _sheets;

    public RowShiftMap(IEnumerable<(string Sheet, int TemplateRow, int ExtraRows)> insertions)
    {
        _sheets = insertions
            .GroupBy(i => i.Sheet, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => new SheetShift(g.Select(i => (i.TemplateRow, i.ExtraRows))), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A map that moves nothing.</summary>
    public static RowShiftMap None { get; } = new([]);

    /// <summary>The sheet's shift, or null when the sheet does not move.</summary>
    public SheetShift? For(string? sheet) => sheet is not null && _sheets.TryGetValue(sheet, out var s) ? s : null;
}
