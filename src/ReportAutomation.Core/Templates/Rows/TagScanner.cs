namespace ReportAutomation.Core.Templates.Rows;

/// <summary>Finds the <c>{% … %}</c> tags in a text (quotes respected) without parsing it.</summary>
internal static class TagScanner
{
    /// <summary>The tags of <paramref name="text"/> in order; an unterminated tag ends the scan.</summary>
    public static List<LiquidTag> Scan(string text)
    {
        var tags = new List<LiquidTag>();
        var i = 0;
        while ((i = text.IndexOf("{%", i, StringComparison.Ordinal)) >= 0)
        {
            var end = FindClose(text, i + 2);
            if (end < 0)
            {
                break;
            }

            var inner = text[(i + 2)..(end - 2)].Trim().Trim('-').Trim();
            var nameLength = 0;
            while (nameLength < inner.Length && (char.IsLetterOrDigit(inner[nameLength]) || inner[nameLength] is '_' or '#'))
            {
                nameLength++;
            }

            tags.Add(new LiquidTag(i, end, inner[..nameLength], inner[nameLength..].Trim()));
            i = end;
        }

        return tags;
    }

    private static int FindClose(string text, int from)
    {
        char? quote = null;
        for (var i = from; i < text.Length - 1; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '%' && text[i + 1] == '}')
            {
                return i + 2;
            }
        }

        return -1;
    }
}
