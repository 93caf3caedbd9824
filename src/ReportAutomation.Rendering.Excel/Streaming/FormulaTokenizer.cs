namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Splits a formula (no leading '=') into verbatim text and A1 references. String literals, array constants,
/// error values, function names (<c>LOG10(</c>), structured references (<c>Table[Col]</c>), external workbook references
/// (<c>[1]Sheet!A1</c>) and 3-D references (<c>Sheet1:Sheet3!A1</c>) stay verbatim.</summary>
internal static class FormulaTokenizer
{
    public static ParsedFormula Parse(string formula)
    {
        var parts = new List<FormulaPart>();
        var f = formula;
        var n = f.Length;
        var literalStart = 0;
        var i = 0;
        var externalPending = false;

        void AddRef(int prefixStart, int areaStart, int end, string? sheet, RefEnd start, RefEnd? last)
        {
            if (prefixStart > literalStart)
            {
                parts.Add(new FormulaPart(f[literalStart..prefixStart], null));
            }

            parts.Add(new FormulaPart(null, new FormulaRef(f[prefixStart..areaStart], sheet, start, last)));
            literalStart = end;
        }

        while (i < n)
        {
            var c = f[i];
            if (c == '"')
            {
                i = SkipString(f, i);
                externalPending = false;
                continue;
            }

            if (c == '{')
            {
                i = SkipArray(f, i);
                continue;
            }

            if (c == '[')
            {
                i = SkipBracket(f, i);
                externalPending = i < n && (IsWordChar(f[i]) || f[i] == '\'');
                continue;
            }

            if (c == '#')
            {
                i = SkipError(f, i);
                continue;
            }

            if (c == '\'')
            {
                var close = QuoteEnd(f, i);
                if (close < 0)
                {
                    break;
                }

                if (close + 1 < n && f[close + 1] == '!')
                {
                    var name = f[(i + 1)..close].Replace("''", "'", StringComparison.Ordinal);
                    var untouchable = externalPending || name.StartsWith('[') || name.Contains(':', StringComparison.Ordinal);
                    externalPending = false;
                    if (TryParseArea(f, close + 2, out var s, out var e, out var next))
                    {
                        if (!untouchable)
                        {
                            AddRef(i, close + 2, next, name, s, e);
                        }

                        i = next;
                    }
                    else
                    {
                        i = close + 2;
                    }

                    continue;
                }

                i = close + 1;
                continue;
            }

            if (IsWordChar(c) || c == '$')
            {
                var j = i;
                while (j < n && (IsWordChar(f[j]) || f[j] == '$'))
                {
                    j++;
                }

                var after = j < n ? f[j] : '\0';
                if (after is '(' or '[')
                {
                    i = j;
                    externalPending = false;
                    continue;
                }

                if (after == '!')
                {
                    var untouchable = externalPending;
                    externalPending = false;
                    if (TryParseArea(f, j + 1, out var s, out var e, out var next))
                    {
                        if (!untouchable)
                        {
                            AddRef(i, j + 1, next, f[i..j], s, e);
                        }

                        i = next;
                    }
                    else
                    {
                        i = j + 1;
                    }

                    continue;
                }

                if (after == ':' && IsThreeDimensionalPrefix(f, j + 1, out var bang))
                {
                    // Sheet1:Sheet3!A1 spans sheets: leave it as written.
                    i = TryParseArea(f, bang + 1, out _, out _, out var next3d) ? next3d : bang + 1;
                    externalPending = false;
                    continue;
                }

                externalPending = false;
                if (TryParseArea(f, i, out var start, out var end, out var areaEnd))
                {
                    AddRef(i, i, areaEnd, null, start, end);
                    i = areaEnd;
                }
                else
                {
                    i = j;
                }

                continue;
            }

            i++;
        }

        if (literalStart < n)
        {
            parts.Add(new FormulaPart(f[literalStart..], null));
        }

        return new ParsedFormula(formula, parts);
    }

    /// <summary>Parses <c>A1</c>, <c>$A$1:B9</c>, <c>A:C</c> or <c>5:$9</c> at <paramref name="p"/>, ending at a token boundary.</summary>
    internal static bool TryParseArea(string f, int p, out RefEnd start, out RefEnd? end, out int next)
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
        i >= f.Length || !(IsWordChar(f[i]) || f[i] is '(' or '[' or '!' or '$' or '\'');

    internal static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '.' or '\\' or '?';

    private static bool IsThreeDimensionalPrefix(string f, int p, out int bang)
    {
        bang = -1;
        var j = p;
        while (j < f.Length && IsWordChar(f[j]))
        {
            j++;
        }

        if (j > p && j < f.Length && f[j] == '!')
        {
            bang = j;
            return true;
        }

        return false;
    }

    private static int QuoteEnd(string f, int open)
    {
        var i = open + 1;
        while (i < f.Length)
        {
            if (f[i] == '\'')
            {
                if (i + 1 < f.Length && f[i + 1] == '\'')
                {
                    i += 2;
                    continue;
                }

                return i;
            }

            i++;
        }

        return -1;
    }

    private static int SkipString(string f, int open)
    {
        var i = open + 1;
        while (i < f.Length)
        {
            if (f[i] == '"')
            {
                if (i + 1 < f.Length && f[i + 1] == '"')
                {
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            i++;
        }

        return f.Length;
    }

    private static int SkipArray(string f, int open)
    {
        var i = open + 1;
        while (i < f.Length && f[i] != '}')
        {
            i = f[i] == '"' ? SkipString(f, i) : i + 1;
        }

        return Math.Min(i + 1, f.Length);
    }

    private static int SkipBracket(string f, int open)
    {
        var depth = 0;
        var i = open;
        while (i < f.Length)
        {
            var c = f[i];
            if (c == '\'')
            {
                i += 2;
                continue;
            }

            if (c == '[')
            {
                depth++;
            }
            else if (c == ']' && --depth == 0)
            {
                return i + 1;
            }

            i++;
        }

        return f.Length;
    }

    private static int SkipError(string f, int hash)
    {
        var i = hash + 1;
        while (i < f.Length && (char.IsAsciiLetterOrDigit(f[i]) || f[i] is '/' or '_'))
        {
            i++;
        }

        return i < f.Length && f[i] is '!' or '?' ? i + 1 : i;
    }
}
