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
                i = FormulaScanner.SkipString(f, i);
                externalPending = false;
                continue;
            }

            if (c == '{')
            {
                i = FormulaScanner.SkipArray(f, i);
                continue;
            }

            if (c == '[')
            {
                i = FormulaScanner.SkipBracket(f, i);
                externalPending = i < n && (IsWordChar(f[i]) || f[i] == '\'');
                continue;
            }

            if (c == '#')
            {
                i = FormulaScanner.SkipError(f, i);
                continue;
            }

            if (c == '\'')
            {
                var close = FormulaScanner.QuoteEnd(f, i);
                if (close < 0)
                {
                    break;
                }

                if (close + 1 < n && f[close + 1] == '!')
                {
                    var name = f[(i + 1)..close].Replace("''", "'", StringComparison.Ordinal);
                    var untouchable = externalPending || name.StartsWith('[') || name.Contains(':', StringComparison.Ordinal);
                    externalPending = false;
                    if (A1Area.TryParse(f, close + 2, out var s, out var e, out var next))
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
                    if (A1Area.TryParse(f, j + 1, out var s, out var e, out var next))
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
                    i = A1Area.TryParse(f, bang + 1, out _, out _, out var next3d) ? next3d : bang + 1;
                    externalPending = false;
                    continue;
                }

                externalPending = false;
                if (A1Area.TryParse(f, i, out var start, out var end, out var areaEnd))
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

    /// <summary>Prefixes table-less structured references (<c>[Amount]</c>, <c>[@Amount]</c>, <c>[#Totals]</c>) with
    /// <paramref name="table"/>: Excel resolves them inside the table, LibreOffice answers #NAME? unless they are qualified.</summary>
    public static string QualifyStructuredReferences(string formula, string table)
    {
        if (!formula.Contains('[', StringComparison.Ordinal))
        {
            return formula;
        }

        var sb = new System.Text.StringBuilder(formula.Length + table.Length);
        var i = 0;
        while (i < formula.Length)
        {
            var c = formula[i];
            var start = i;
            if (c == '"')
            {
                i = FormulaScanner.SkipString(formula, i);
            }
            else if (c == '\'')
            {
                var close = FormulaScanner.QuoteEnd(formula, i);
                i = close < 0 ? formula.Length : close + 1;
            }
            else if (c == '[')
            {
                i = FormulaScanner.SkipBracket(formula, i);
                var named = start > 0 && (IsWordChar(formula[start - 1]) || formula[start - 1] == ']');
                var externalBook = i < formula.Length && (IsWordChar(formula[i]) || formula[i] == '\'');
                if (!named && !externalBook)
                {
                    sb.Append(table);
                }
            }
            else
            {
                i++;
            }

            sb.Append(formula, start, i - start);
        }

        return sb.ToString();
    }
}
