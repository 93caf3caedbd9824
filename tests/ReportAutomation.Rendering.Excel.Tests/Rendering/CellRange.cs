using System.Text.RegularExpressions;
using ReportAutomation.Rendering.Excel.Tests.Streaming;

namespace ReportAutomation.Rendering.Excel.Tests.Rendering;

/// <summary>Reads the cells a chart series formula such as <c>Summary!$A$18:$A$21</c> points at, independently of the renderer.</summary>
internal static partial class CellRange
{
    /// <summary>The sheet and the cell references of a one-area formula, in row-then-column order.</summary>
    public static (string Sheet, List<string> Cells) Parse(string formula)
    {
        var bang = formula.LastIndexOf('!');
        var sheet = formula[..bang].Trim('\'').Replace("''", "'", StringComparison.Ordinal);
        var area = formula[(bang + 1)..].Replace("$", string.Empty, StringComparison.Ordinal).Split(':');
        var (c1, r1) = Split(area[0]);
        var (c2, r2) = Split(area[^1]);
        var cells = new List<string>();
        for (var r = r1; r <= r2; r++)
        {
            for (var c = c1; c <= c2; c++)
            {
                cells.Add(Letters(c) + r.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return (sheet, cells);
    }

    /// <summary>The text of each cell the formula points at.</summary>
    public static List<string?> Texts(XlsxInspector book, string formula)
    {
        var (sheet, cells) = Parse(formula);
        return cells.Select(c => book.Text(sheet, c)).ToList();
    }

    /// <summary>The number in each cell the formula points at (null when the cell is empty).</summary>
    public static List<double?> Numbers(XlsxInspector book, string formula)
    {
        var (sheet, cells) = Parse(formula);
        return cells.Select(c => book.Text(sheet, c) is { Length: > 0 } v ? double.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : (double?)null).ToList();
    }

    private static (int Column, int Row) Split(string reference)
    {
        var match = CellPattern().Match(reference);
        var column = match.Groups[1].Value.Aggregate(0, (n, ch) => (n * 26) + (ch - 'A' + 1));
        return (column, int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string Letters(int column)
    {
        var s = string.Empty;
        for (; column > 0; column = (column - 1) / 26)
        {
            s = (char)('A' + ((column - 1) % 26)) + s;
        }

        return s;
    }

    [GeneratedRegex("^([A-Z]+)([0-9]+)$")]
    private static partial Regex CellPattern();
}
