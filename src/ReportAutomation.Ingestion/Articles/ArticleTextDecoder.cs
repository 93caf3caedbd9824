using System.Text;
using System.Text.RegularExpressions;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>Turns an article file's bytes into text: byte order mark, declared charset, UTF-8, else windows-1252.</summary>
internal static partial class ArticleTextDecoder
{
    private const int SniffBytes = 4096;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static ArticleTextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Decodes a plain-text file: BOM, else strict UTF-8, else windows-1252.</summary>
    public static string DecodeText(ReadOnlySpan<byte> bytes)
    {
        if (TryDecodeWithBom(bytes, out var text))
        {
            return text;
        }

        return DecodeUtf8OrWindows1252(bytes);
    }

    /// <summary>Decodes an HTML page: BOM, else the charset its meta tags declare, else strict UTF-8, else windows-1252.</summary>
    public static string DecodeHtml(ReadOnlySpan<byte> bytes)
    {
        if (TryDecodeWithBom(bytes, out var text))
        {
            return text;
        }

        var declared = DeclaredCharset(bytes[..Math.Min(bytes.Length, SniffBytes)]);
        if (declared is not null && !IsUtf8Label(declared) && TryGetEncoding(declared) is { } encoding)
        {
            return encoding.GetString(bytes);
        }

        return DecodeUtf8OrWindows1252(bytes);
    }

    /// <summary>The charset a page declares in <c>&lt;meta charset&gt;</c> or an http-equiv content-type, if any.</summary>
    internal static string? DeclaredCharset(ReadOnlySpan<byte> head)
    {
        // The sniffed prefix is read as Latin-1 so every byte maps to one char; charset names are ASCII.
        var ascii = Encoding.Latin1.GetString(head);
        var match = MetaCharset().Match(ascii);
        return match.Success ? match.Groups["cs"].Value.Trim().ToLowerInvariant() : null;
    }

    private static bool TryDecodeWithBom(ReadOnlySpan<byte> bytes, out string text)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = DecodeUtf8OrWindows1252(bytes[3..]);
            return true;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
            return true;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
            return true;
        }

        text = string.Empty;
        return false;
    }

    private static string DecodeUtf8OrWindows1252(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    private static bool IsUtf8Label(string label) => label is "utf-8" or "utf8" or "unicode-1-1-utf-8";

    private static Encoding? TryGetEncoding(string label)
    {
        // WHATWG maps these Latin-1 labels to windows-1252, which is what such pages really contain.
        if (label is "iso-8859-1" or "latin1" or "l1" or "ascii" or "us-ascii" or "cp1252" or "windows-1252" or "x-cp1252")
        {
            return Encoding.GetEncoding(1252);
        }

        try
        {
            return Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""<meta[^>]*?charset\s*=\s*["']?\s*(?<cs>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
