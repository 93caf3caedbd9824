using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>A buffered UTF-8 XML writer for large parts: raw markup, escaped text (characters invalid in XML 1.0 dropped),
/// invariant round-trip numbers and A1 cell references, with no per-call allocation.</summary>
internal sealed class Utf8XmlWriter : IDisposable
{
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create(Specials(attribute: false, excel: false));
    private static readonly SearchValues<char> CellTextSpecials = SearchValues.Create(Specials(attribute: false, excel: true));
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create(Specials(attribute: true, excel: false));

    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(
        " !#$%'()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^`abcdefghijklmnopqrstuvwxyz{|}~");

    private readonly Stream _stream;
    private readonly byte[] _buffer;
    private int _position;

    public Utf8XmlWriter(Stream stream, int bufferSize = 1 << 16)
    {
        _stream = stream;
        _buffer = new byte[bufferSize];
    }

    /// <summary>Writes markup bytes as they are.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Raw(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _buffer.Length - _position)
        {
            Flush();
            if (bytes.Length > _buffer.Length)
            {
                _stream.Write(bytes);
                return;
            }
        }

        bytes.CopyTo(_buffer.AsSpan(_position));
        _position += bytes.Length;
    }

    /// <summary>Writes markup text that needs no escaping (element and attribute names).</summary>
    public void Raw(string markup)
    {
        Ensure(Encoding.UTF8.GetMaxByteCount(markup.Length));
        _position += Encoding.UTF8.GetBytes(markup, _buffer.AsSpan(_position));
    }

    /// <summary>Writes an integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Int(long value)
    {
        Ensure(20);
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_position), out var written);
        _position += written;
    }

    /// <summary>Writes a finite double in invariant round-trip ("R") form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Number(double value)
    {
        Ensure(32);
        if (Math.Abs(value) < 1e15 && value == Math.Floor(value))
        {
            // Whole numbers (ids, dates, counts) format faster as integers; the text is the same.
            Utf8Formatter.TryFormat((long)value, _buffer.AsSpan(_position), out var digits);
            _position += digits;
            return;
        }

        value.TryFormat(_buffer.AsSpan(_position), out var written, "R", CultureInfo.InvariantCulture);
        _position += written;
    }

    /// <summary>Writes an A1 cell reference such as <c>AB12</c>.</summary>
    public void CellRef(int column, int row)
    {
        var letters = ColumnName.Utf8(column);
        Ensure(letters.Length + 11);
        letters.CopyTo(_buffer.AsSpan(_position));
        _position += letters.Length;
        Utf8Formatter.TryFormat(row, _buffer.AsSpan(_position), out var written);
        _position += written;
    }

    /// <summary>Writes an A1 cell reference from pre-encoded column letters and row digits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void CellRef(ReadOnlySpan<byte> letters, ReadOnlySpan<byte> rowDigits)
    {
        Ensure(letters.Length + rowDigits.Length);
        letters.CopyTo(_buffer.AsSpan(_position));
        _position += letters.Length;
        rowDigits.CopyTo(_buffer.AsSpan(_position));
        _position += rowDigits.Length;
    }

    /// <summary>Writes element text, escaping markup and dropping characters XML 1.0 does not allow.</summary>
    public void Text(ReadOnlySpan<char> text) => Escape(text, TextSpecials, attribute: false, excel: false);

    /// <summary>Writes cell text: as <see cref="Text"/>, and protects literal <c>_xHHHH_</c> from Excel's own unescaping.</summary>
    public void CellText(ReadOnlySpan<char> text) => Escape(text, CellTextSpecials, attribute: false, excel: true);

    /// <summary>Writes an attribute value (inside quotes), escaping quotes and whitespace that parsers would normalise.</summary>
    public void AttributeValue(ReadOnlySpan<char> value) => Escape(value, AttributeSpecials, attribute: true, excel: false);

    /// <summary>Writes <c> name="value"</c>.</summary>
    public void Attribute(string name, string value)
    {
        Ensure(name.Length * 3 + 3);
        _buffer[_position++] = (byte)' ';
        Raw(name);
        Raw("=\""u8);
        AttributeValue(value);
        Raw("\""u8);
    }

    /// <summary>Writes the buffer to the stream.</summary>
    public void Flush()
    {
        if (_position > 0)
        {
            _stream.Write(_buffer, 0, _position);
            _position = 0;
        }
    }

    /// <inheritdoc />
    public void Dispose() => Flush();

    private void Ensure(int bytes)
    {
        if (_buffer.Length - _position < bytes)
        {
            Flush();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Escape(ReadOnlySpan<char> s, SearchValues<char> specials, bool attribute, bool excel)
    {
        // Most text is printable ASCII with nothing to escape: one vectorised scan, one copy.
        if (s.Length <= 4096 && s.IndexOfAnyExcept(PlainAscii) < 0)
        {
            Ensure(s.Length);
            _position += Encoding.ASCII.GetBytes(s, _buffer.AsSpan(_position));
            return;
        }

        while (!s.IsEmpty)
        {
            var index = s.IndexOfAny(specials);
            var run = index < 0 ? s : s[..index];
            WritePlain(run);
            if (index < 0)
            {
                return;
            }

            s = s[index..];
            s = s[WriteSpecial(s, attribute, excel)..];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WritePlain(ReadOnlySpan<char> run)
    {
        while (!run.IsEmpty)
        {
            var chunk = run.Length > 8192 ? run[..8192] : run;
            if (char.IsHighSurrogate(chunk[^1]) && chunk.Length < run.Length)
            {
                chunk = chunk[..^1];
            }

            Ensure(chunk.Length * 3);
            _position += Encoding.UTF8.GetBytes(chunk, _buffer.AsSpan(_position));
            run = run[chunk.Length..];
        }
    }

    /// <summary>Writes the special character at s[0] and returns how many chars it consumed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int WriteSpecial(ReadOnlySpan<char> s, bool attribute, bool excel)
    {
        var c = s[0];
        switch (c)
        {
            case '&':
                Raw("&amp;"u8);
                return 1;
            case '<':
                Raw("&lt;"u8);
                return 1;
            case '>':
                Raw("&gt;"u8);
                return 1;
            case '"':
                Raw("&quot;"u8);
                return 1;
            case '\r':
                Raw("&#13;"u8);
                return 1;
            case '\t':
                Raw(attribute ? "&#9;"u8 : "\t"u8);
                return 1;
            case '\n':
                Raw(attribute ? "&#10;"u8 : "\n"u8);
                return 1;
            case '_':
                Raw(excel && LooksLikeExcelEscape(s) ? "_x005F_"u8 : "_"u8);
                return 1;
        }

        if (char.IsHighSurrogate(c) && s.Length > 1 && char.IsLowSurrogate(s[1]))
        {
            Ensure(4);
            _position += Encoding.UTF8.GetBytes(s[..2], _buffer.AsSpan(_position));
            return 2;
        }

        // Control characters, U+FFFE/U+FFFF and unpaired surrogates are not allowed in XML 1.0: drop them.
        return 1;
    }

    private static bool LooksLikeExcelEscape(ReadOnlySpan<char> s) =>
        s.Length >= 7 && (s[1] == 'x' || s[1] == 'X') && char.IsAsciiHexDigit(s[2]) && char.IsAsciiHexDigit(s[3])
        && char.IsAsciiHexDigit(s[4]) && char.IsAsciiHexDigit(s[5]) && s[6] == '_';

    private static string Specials(bool attribute, bool excel)
    {
        var sb = new StringBuilder();
        for (var c = (char)0; c < 0x20; c++)
        {
            sb.Append(c);
        }

        sb.Append("&<>");
        if (attribute)
        {
            sb.Append('"');
        }

        if (excel)
        {
            sb.Append('_');
        }

        for (var c = (char)0xD800; c <= 0xDFFF; c++)
        {
            sb.Append(c);
        }

        sb.Append('\uFFFE').Append('\uFFFF');
        return sb.ToString();
    }
}
