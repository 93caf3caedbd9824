namespace ReportAutomation.Ingestion.Articles;

/// <summary>
/// Measures how deep a page's tags nest with a single cheap pass over the markup, so that pathological pages are
/// rejected before AngleSharp (whose tree building is superlinear in depth) ever sees them.
/// </summary>
/// <remarks>
/// The count errs on the deep side: an unclosed formatting tag counts as open until its end tag or the end of the page,
/// as the HTML tree builder would nest it too. Elements whose end tags are optional close their open twin.
/// </remarks>
internal static class HtmlNestingScanner
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "basefont", "bgsound", "frame",
    };

    private static readonly HashSet<string> RawTextElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    private static readonly HashSet<string> SelfClosingTwins = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp",
    };

    /// <summary>Returns true when the markup nests no deeper than <paramref name="maxDepth"/>; stops at the first excess.</summary>
    public static bool IsWithinDepth(string html, int maxDepth, out int depthReached)
    {
        var open = new List<string>();
        depthReached = 0;
        var i = 0;
        while (true)
        {
            i = html.IndexOf('<', i);
            if (i < 0 || i + 1 >= html.Length)
            {
                return true;
            }

            var next = html[i + 1];
            if (next == '!')
            {
                i = SkipDeclaration(html, i);
                continue;
            }

            if (next == '/')
            {
                var (name, end) = ReadTagName(html, i + 2);
                CloseElement(open, name);
                i = SkipToTagEnd(html, end);
                continue;
            }

            if (!char.IsAsciiLetter(next))
            {
                i++;
                continue;
            }

            var (tag, nameEnd) = ReadTagName(html, i + 1);
            var tagEnd = SkipToTagEnd(html, nameEnd);
            var selfClosed = tagEnd >= 2 && html[tagEnd - 2] == '/';
            i = tagEnd;
            if (VoidElements.Contains(tag) || selfClosed)
            {
                continue;
            }

            if (RawTextElements.Contains(tag))
            {
                i = SkipRawText(html, i, tag);
                continue;
            }

            if (SelfClosingTwins.Contains(tag) && open.Count > 0 && string.Equals(open[^1], tag, StringComparison.OrdinalIgnoreCase))
            {
                open.RemoveAt(open.Count - 1);
            }

            open.Add(tag);
            depthReached = Math.Max(depthReached, open.Count);
            if (open.Count > maxDepth)
            {
                return false;
            }
        }
    }

    private static (string Name, int End) ReadTagName(string html, int start)
    {
        var end = start;
        while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] is '-' or ':' or '_'))
        {
            end++;
        }

        return (html[start..end], end);
    }

    private static int SkipToTagEnd(string html, int from)
    {
        // As in the HTML tokenizer, a quote opens a value only right after '=', and a quoted value may contain '>'.
        var quote = '\0';
        var afterEquals = false;
        for (var j = from; j < html.Length; j++)
        {
            var c = html[j];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            if (c == '>')
            {
                return j + 1;
            }

            if (afterEquals && c is '"' or '\'')
            {
                quote = c;
                afterEquals = false;
            }
            else if (c == '=')
            {
                afterEquals = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                afterEquals = false;
            }
        }

        return html.Length;
    }

    private static int SkipDeclaration(string html, int at)
    {
        if (string.CompareOrdinal(html, at, "<!--", 0, 4) == 0)
        {
            var close = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }

        var end = html.IndexOf('>', at);
        return end < 0 ? html.Length : end + 1;
    }

    private static int SkipRawText(string html, int from, string tag)
    {
        var close = html.IndexOf("</" + tag, from, StringComparison.OrdinalIgnoreCase);
        return close < 0 ? html.Length : close;
    }

    private static void CloseElement(List<string> open, string name)
    {
        for (var k = open.Count - 1; k >= 0; k--)
        {
            if (string.Equals(open[k], name, StringComparison.OrdinalIgnoreCase))
            {
                open.RemoveRange(k, open.Count - k);
                return;
            }
        }
    }
}
