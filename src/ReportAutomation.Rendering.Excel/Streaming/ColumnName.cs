using System.Text;

namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Column letters (A..XFD) to numbers and back, with cached UTF-8 bytes for the writer.</summary>
internal static class ColumnName
{
    private static readonly byte[]?[] Utf8Cache = new byte[ExcelLimits.MaxColumn + 1][];

    /// <summary>The letters of a 1-based column.</summary>
    public static string Letters(int column)
    {
        Span<char> buffer = stackalloc char[3];
        var start = 3;
        var n = column;
        while (n > 0)
        {
            var rem = (n - 1) % 26;
            buffer[--start] = (char)('A' + rem);
            n = (n - 1) / 26;
        }

        return new string(buffer[start..]);
    }

    /// <summary>The letters of a 1-based column as cached UTF-8 bytes.</summary>
    public static byte[] Utf8(int column) => Utf8Cache[column] ??= Encoding.ASCII.GetBytes(Letters(column));

    /// <summary>Parses 1-3 letters (either case) into a column number, or 0 when not a valid column.</summary>
    public static int Parse(ReadOnlySpan<char> letters)
    {
        if (letters.Length is 0 or > 3)
        {
            return 0;
        }

        var n = 0;
        foreach (var c in letters)
        {
            var u = (char)(c & ~0x20);
            if (u is < 'A' or > 'Z')
            {
                return 0;
            }

            n = (n * 26) + (u - 'A' + 1);
        }

        return n <= ExcelLimits.MaxColumn ? n : 0;
    }
}
