namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Skips the formula tokens whose content never moves: string literals, array constants, bracketed groups, error values, quoted names.</summary>
internal static class FormulaScanner
{
    internal static int QuoteEnd(string f, int open)
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

    internal static int SkipString(string f, int open)
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

    internal static int SkipArray(string f, int open)
    {
        var i = open + 1;
        while (i < f.Length && f[i] != '}')
        {
            i = f[i] == '"' ? SkipString(f, i) : i + 1;
        }

        return Math.Min(i + 1, f.Length);
    }

    internal static int SkipBracket(string f, int open)
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

    internal static int SkipError(string f, int hash)
    {
        var i = hash + 1;
        while (i < f.Length && (char.IsAsciiLetterOrDigit(f[i]) || f[i] is '/' or '_'))
        {
            i++;
        }

        return i < f.Length && f[i] is '!' or '?' ? i + 1 : i;
    }
}
