namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Parses an A1 area at a position in a formula: a cell, a cell range, a column range or a row range.</summary>
internal static class A1Area
{
    /// <summary>Parses <c>A1</c>, <c>$A$1:B9</c>, <c>A:C</c> or <c>5:$9</c> at <paramref name="p"/>, ending at a token boundary.</summary>
    internal static bool TryParse(string f, int p, out RefEnd start, out RefEnd? end, out int next)
    {
        start = default;
        end = null;
        next = p;
        if (!TryParseEnd(f, p, out var a, out var q))
        {
            return false;
        }

        if (q < f.Length && f[q] == ':' && TryParseEnd(f, q + 1, out var b, out var r) && SameKind(a, b) && IsBoundary(f, r))
        {
            start = a;
            end = b;
            next = r;
            return true;
        }

        if (a.IsCell && IsBoundary(f, q))
        {
            start = a;
            next = q;
            return true;
        }

        return false;
    }

    private static bool TryParseEnd(string f, int p, out RefEnd end, out int next)
    {
        end = default;
        next = p;
        var n = f.Length;
        var i = p;
        var firstDollar = i < n && f[i] == '$';
        if (firstDollar)
        {
            i++;
        }

        var lettersStart = i;
        while (i < n && i - lettersStart < 4 && char.IsAsciiLetter(f[i]))
        {
            i++;
        }

        var letters = i - lettersStart;
        var column = 0;
        if (letters > 0)
        {
            column = ColumnName.Parse(f.AsSpan(lettersStart, letters));
            if (column == 0)
            {
                return false;
            }
        }

        var rowDollar = false;
        if (letters > 0 && i < n && f[i] == '$')
        {
            rowDollar = true;
            i++;
        }

        var digitsStart = i;
        while (i < n && i - digitsStart < 8 && char.IsAsciiDigit(f[i]))
        {
            i++;
        }

        var digits = i - digitsStart;
        if (digits == 0 && (letters == 0 || rowDollar))
        {
            return false;
        }

        var row = 0;
        if (digits > 0)
        {
            row = int.Parse(f.AsSpan(digitsStart, digits), System.Globalization.CultureInfo.InvariantCulture);
            if (row is < 1 or > ExcelLimits.MaxRow || f[digitsStart] == '0')
            {
                return false;
            }
        }

        end = letters > 0
            ? new RefEnd(column, firstDollar, row, rowDollar)
            : new RefEnd(0, false, row, firstDollar);
        next = i;
        return true;
    }

    private static bool SameKind(RefEnd a, RefEnd b) =>
        (a.IsCell && b.IsCell) || (a.IsWholeColumn && b.IsWholeColumn) || (a.IsWholeRow && b.IsWholeRow);

    private static bool IsBoundary(string f, int i) =>
        i >= f.Length || !(FormulaTokenizer.IsWordChar(f[i]) || f[i] is '(' or '[' or '!' or '$' or '\'');
}
