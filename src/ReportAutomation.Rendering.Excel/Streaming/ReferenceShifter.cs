namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>The one place A1 references move: formulas, defined names, sqref lists, ref attributes and chart series all go through here.</summary>
internal static class ReferenceShifter
{
    /// <summary>Moves every reference in <paramref name="formula"/> (insert semantics: ranges spanning a template row grow).</summary>
    /// <param name="formula">Formula text without '=', or a space-separated sqref list, or a single range.</param>
    /// <param name="map">The row moves.</param>
    /// <param name="ownSheet">The sheet unqualified references belong to; null leaves them alone.</param>
    public static string Shift(string formula, RowShiftMap map, string? ownSheet) =>
        string.IsNullOrEmpty(formula) ? formula : FormulaTokenizer.Parse(formula).Render(new ShiftContext(map, ownSheet));

    /// <summary>Parses a single range or cell reference without sheet (<c>A1</c>, <c>A1:C9</c>, <c>5:5</c>).</summary>
    public static bool TryParseRange(string text, out RefEnd start, out RefEnd end)
    {
        end = default;
        if (A1Area.TryParse(text, 0, out start, out var last, out var next) && next == text.Length)
        {
            end = last ?? start;
            return true;
        }

        return false;
    }
}
