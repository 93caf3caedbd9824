using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportAutomation.Rendering.Pdf.Output;

/// <summary>
/// The single classic cross-reference table and trailer Skia writes: where each object starts. Only the tail and the
/// table are read, never the pages.
/// </summary>
internal sealed partial class PdfXref
{
    private const int Tail = 64 * 1024;

    private PdfXref(long at, string trailer, long[] offsets)
    {
        At = at;
        Trailer = trailer;
        Offsets = offsets;
    }

    /// <summary>Where the table starts (the <c>startxref</c> value).</summary>
    public long At { get; }

    /// <summary>The trailer dictionary, <c>&lt;&lt;…&gt;&gt;</c>.</summary>
    public string Trailer { get; }

    /// <summary>The byte offset of each object by number; 0 for a free entry.</summary>
    public long[] Offsets { get; }

    /// <summary>Reads the table of the PDF in <paramref name="file"/>.</summary>
    public static PdfXref Read(FileStream file)
    {
        var length = file.Length;
        var text = Encoding.Latin1.GetString(FileSlice.Read(file, Math.Max(0, length - Tail), (int)Math.Min(Tail, length)));
        var trailerAt = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var trailer = trailerAt < 0 ? Match.Empty : TrailerPattern().Match(text, trailerAt);
        var startxref = trailerAt < 0 ? Match.Empty : StartXref().Match(text, trailerAt);
        if (!trailer.Success || !startxref.Success)
        {
            throw new InvalidDataException("the PDF has no classic trailer");
        }

        var at = long.Parse(startxref.Groups[1].Value, CultureInfo.InvariantCulture);
        var header = Encoding.Latin1.GetString(FileSlice.Read(file, at, (int)Math.Min(64, length - at)));
        var subsection = XrefHeader().Match(header);
        if (!subsection.Success || subsection.Groups[1].Value != "0")
        {
            throw new InvalidDataException("the PDF's cross-reference table is not the single section Skia writes");
        }

        var count = int.Parse(subsection.Groups[2].Value, CultureInfo.InvariantCulture);
        var entries = Encoding.Latin1.GetString(FileSlice.Read(file, at + subsection.Length, 20 * count));
        var offsets = new long[count];
        for (var i = 0; i < count; i++)
        {
            offsets[i] = entries[(20 * i) + 17] == 'n' ? long.Parse(entries.AsSpan(20 * i, 10), CultureInfo.InvariantCulture) : 0;
        }

        return new PdfXref(at, trailer.Groups["dict"].Value, offsets);
    }

    /// <summary>A table for <paramref name="offsets"/> in Skia's layout (object 0 free), ending in "\n".</summary>
    public static string Write(IReadOnlyList<long> offsets)
    {
        var table = new StringBuilder(30 + (20 * offsets.Count));
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count}\n0000000000 65535 f \n");
        for (var i = 1; i < offsets.Count; i++)
        {
            table.Append(offsets[i] == 0 ? "0000000000 65535 f \n" : string.Create(CultureInfo.InvariantCulture, $"{offsets[i]:D10} 00000 n \n"));
        }

        return table.ToString();
    }

    /// <summary>The number a trailer or object dictionary gives <paramref name="key"/> (<c>/Size 12</c>, <c>/Root 1 0 R</c>).</summary>
    public static long? Number(string dictionary, string key)
    {
        var match = Regex.Match(dictionary, "/" + key + @"\s+(\d+)");
        return match.Success ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"trailer\s*(?<dict><<.*?>>)\s*startxref", RegexOptions.Singleline)]
    private static partial Regex TrailerPattern();

    [GeneratedRegex(@"^xref\r?\n(\d+) (\d+)\r?\n")]
    private static partial Regex XrefHeader();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();
}
