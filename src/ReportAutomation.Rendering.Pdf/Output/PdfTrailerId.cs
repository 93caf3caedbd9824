using System.Text;

namespace ReportAutomation.Rendering.Pdf.Output;

/// <summary>
/// Skia writes the trailer's <c>/ID</c> strings as hex (<c>&lt;9B60…&gt;</c>) or, when that is shorter for the random
/// bytes it drew, as escaped literals (<c>(\233`\0163…)</c>): about one deck in fifty. Right after Skia closes the
/// document, while its trailer is still the file's end, this rewrites a literal id as hex, so every later step (font
/// subsetting, outline, <see cref="PdfDocumentId"/>) reads one form and the same inputs keep giving the same bytes.
/// </summary>
internal static class PdfTrailerId
{
    private const int Tail = 4 * 1024;

    /// <summary>Rewrites a literal-string <c>/ID</c> in the last trailer of <paramref name="path"/> as hex; true when it did.</summary>
    public static bool HexEncode(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        var start = Math.Max(0, file.Length - Tail);
        var text = Encoding.Latin1.GetString(FileSlice.Read(file, start, (int)(file.Length - start)));
        var trailer = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var id = trailer < 0 ? -1 : text.IndexOf("/ID", trailer, StringComparison.Ordinal);
        var open = id < 0 ? -1 : text.IndexOf('[', id);
        if (open < 0)
        {
            return false;
        }

        var at = open + 1;
        var strings = new List<byte[]>();
        var literal = false;
        while (true)
        {
            while (at < text.Length && char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            if (at >= text.Length || text[at] == ']')
            {
                break;
            }

            literal |= text[at] == '(';
            strings.Add(text[at] == '(' ? Literal(text, ref at) : Hex(text, ref at));
        }

        if (!literal || at >= text.Length || strings.Count == 0)
        {
            return false;
        }

        // Only startxref and %%EOF follow the trailer, and startxref points before it: its length may change.
        var hex = "[" + string.Join(' ', strings.Select(s => "<" + Convert.ToHexString(s) + ">")) + "]";
        var rewritten = Encoding.Latin1.GetBytes(text[..open] + hex + text[(at + 1)..]);
        FileSlice.Write(file, start, rewritten);
        file.SetLength(start + rewritten.Length);
        return true;
    }

    // A PDF literal string from its "(": escapes \n \r \t \b \f \( \) \\, \ddd octal, a backslash before a line end
    // continues the line, and balanced parentheses stand for themselves.
    private static byte[] Literal(string text, ref int at)
    {
        var bytes = new List<byte>();
        var depth = 1;
        at++;
        while (at < text.Length)
        {
            var c = text[at++];
            if (c == '\\' && at < text.Length)
            {
                var e = text[at++];
                switch (e)
                {
                    case 'n': bytes.Add(10); break;
                    case 'r': bytes.Add(13); break;
                    case 't': bytes.Add(9); break;
                    case 'b': bytes.Add(8); break;
                    case 'f': bytes.Add(12); break;
                    case '\r':
                        if (at < text.Length && text[at] == '\n')
                        {
                            at++;
                        }

                        break;
                    case '\n': break;
                    case >= '0' and <= '7':
                        var value = e - '0';
                        for (var k = 0; k < 2 && at < text.Length && text[at] is >= '0' and <= '7'; k++)
                        {
                            value = (value * 8) + (text[at++] - '0');
                        }

                        bytes.Add((byte)value);
                        break;
                    default: bytes.Add((byte)e); break;
                }
            }
            else if (c == '(')
            {
                depth++;
                bytes.Add((byte)c);
            }
            else if (c == ')' && --depth == 0)
            {
                return [.. bytes];
            }
            else
            {
                bytes.Add((byte)c);
            }
        }

        throw new InvalidDataException("the PDF trailer's /ID string is not closed");
    }

    private static byte[] Hex(string text, ref int at)
    {
        var close = text.IndexOf('>', at);
        if (text[at] != '<' || close < 0)
        {
            throw new InvalidDataException("the PDF trailer's /ID holds something other than two strings");
        }

        var digits = new string([.. text[(at + 1)..close].Where(char.IsAsciiHexDigit)]);
        at = close + 1;
        return Convert.FromHexString(digits.Length % 2 == 0 ? digits : digits + "0");
    }
}
