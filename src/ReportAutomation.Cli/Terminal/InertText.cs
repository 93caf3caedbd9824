using System.Globalization;
using System.Text;

namespace ReportAutomation.Cli.Terminal;

/// <summary>Makes untrusted text safe to print on a terminal: control characters are shown as <c>\x1B</c>-style escapes.</summary>
internal static class InertText
{
    /// <summary>Returns <paramref name="text"/> with every C0 control (tab and newline included), DEL, C1 control and
    /// bidirectional override written as a visible escape, so a CSV cell can neither drive the terminal nor fake a line.</summary>
    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(IsUnsafe))
        {
            return text ?? string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (!IsUnsafe(c))
            {
                builder.Append(c);
            }
            else if (c <= '\u009F')
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="c"/> would be interpreted by a terminal (or reorder the text around it).</summary>
    public static bool IsUnsafe(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';
}
