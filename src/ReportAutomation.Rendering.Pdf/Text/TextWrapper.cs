namespace ReportAutomation.Rendering.Pdf.Text;

/// <summary>
/// Breaks text into lines that fit a width, by measured glyph advances; words longer than a line are split; text that
/// needs more lines than allowed ends in an ellipsis inside the box.
/// </summary>
internal static class TextWrapper
{
    /// <summary>The ellipsis appended to cut text.</summary>
    public const string Ellipsis = "…";

    /// <summary>Lays <paramref name="text"/> out in lines of at most <paramref name="width"/>, at most <paramref name="maxLines"/> of them.</summary>
    public static TextBlock Wrap(TextPainter painter, string? text, TextStyle style, float width, int maxLines = int.MaxValue)
    {
        var lines = new List<string>();
        if (string.IsNullOrWhiteSpace(text) || maxLines < 1)
        {
            return new TextBlock(lines, style, false);
        }

        // Most texts (a cell, a value, a label) are one line that fits as written: measured once, nothing split or joined.
        if (FitsAsWritten(painter, text, style, width))
        {
            return new TextBlock([text], style, false);
        }

        var space = painter.Width(" ", style);
        var truncated = false;
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (lines.Count >= maxLines)
            {
                truncated |= !string.IsNullOrWhiteSpace(paragraph);
                continue;
            }

            truncated |= WrapParagraph(painter, paragraph, style, width, space, lines, maxLines);
        }

        if (truncated && lines.Count > 0)
        {
            lines[^1] = WithEllipsis(painter, lines[^1], style, width);
        }

        return new TextBlock(lines, style, truncated);
    }

    /// <summary>One line, cut with an ellipsis when it is wider than <paramref name="width"/>.</summary>
    public static string Fit(TextPainter painter, string? text, TextStyle style, float width)
    {
        var block = Wrap(painter, text?.Replace('\n', ' '), style, width, 1);
        return block.Lines.Count == 0 ? string.Empty : block.Lines[0];
    }

    private static bool WrapParagraph(TextPainter painter, string paragraph, TextStyle style, float width, float space, List<string> lines, int maxLines)
    {
        // The line being filled, its words joined by single spaces; words are measured where they are in the paragraph.
        var line = new System.Text.StringBuilder();
        var lineWidth = 0f;
        foreach (var range in paragraph.AsSpan().Split(' '))
        {
            var word = paragraph.AsSpan()[range];
            if (word.IsEmpty)
            {
                continue;
            }

            var wordWidth = painter.Width(word, style);
            var needed = line.Length == 0 ? wordWidth : lineWidth + space + wordWidth;
            if (needed <= width)
            {
                (line.Length == 0 ? line : line.Append(' ')).Append(word);
                lineWidth = needed;
                continue;
            }

            if (line.Length > 0)
            {
                if (Emit(lines, line.ToString(), maxLines))
                {
                    return true;
                }

                line.Clear();
                lineWidth = 0;
            }

            // A word wider than the line is cut into pieces that fit.
            var rest = word.ToString();
            while (painter.Width(rest, style) > width && rest.Length > 1)
            {
                var cut = LongestPrefix(painter, rest, style, width);
                if (Emit(lines, rest[..cut], maxLines))
                {
                    return true;
                }

                rest = rest[cut..];
            }

            line.Append(rest);
            lineWidth = painter.Width(rest, style);
        }

        return line.Length > 0 && Emit(lines, line.ToString(), maxLines);
    }

    // One line with single spaces between words (what wrapping would give back unchanged) that is not wider than the box.
    private static bool FitsAsWritten(TextPainter painter, string text, TextStyle style, float width) =>
        text[0] != ' ' && text[^1] != ' ' && text.AsSpan().IndexOfAny('\n', '\r') < 0 && !text.Contains("  ", StringComparison.Ordinal)
        && painter.Width(text, style) <= width;

    // True when the line did not fit any more (the text is cut).
    private static bool Emit(List<string> lines, string line, int maxLines)
    {
        if (lines.Count >= maxLines)
        {
            return true;
        }

        lines.Add(line);
        return false;
    }

    private static int LongestPrefix(TextPainter painter, string text, TextStyle style, float width)
    {
        var low = 1;
        var high = text.Length;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (painter.Width(text.AsSpan(0, mid), style) <= width)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return char.IsHighSurrogate(text[low - 1]) && low > 1 ? low - 1 : low;
    }

    private static string WithEllipsis(TextPainter painter, string line, TextStyle style, float width)
    {
        var text = line.TrimEnd();
        while (text.Length > 0 && painter.Width(text + Ellipsis, style) > width)
        {
            var lastSpace = text.LastIndexOf(' ');
            text = lastSpace > 0 && text.Length - lastSpace < 12 ? text[..lastSpace].TrimEnd() : text[..^1];
        }

        return text.TrimEnd(' ', ',', ';', ':', '.', '-') + Ellipsis;
    }
}
