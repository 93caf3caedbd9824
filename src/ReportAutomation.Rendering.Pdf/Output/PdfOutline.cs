using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportAutomation.Rendering.Pdf.Output;

/// <summary>
/// Adds an outline (bookmarks: one entry per slide) to a PDF Skia wrote, as a standard incremental update: new outline
/// objects, a new catalog pointing at them, a new cross-reference section and trailer appended after the original bytes.
/// Skia has no outline API; its named destinations (one per page) are what the entries point at.
/// </summary>
internal static partial class PdfOutline
{
    /// <summary>Appends the outline to the PDF at <paramref name="path"/>; <paramref name="destination"/> names page n's destination.</summary>
    public static void Append(string path, IReadOnlyList<string> titles, Func<int, string> destination)
    {
        if (titles.Count == 0)
        {
            return;
        }

        var bytes = File.ReadAllBytes(path);
        var text = Encoding.Latin1.GetString(bytes);
        var trailerAt = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var trailer = Trailer().Match(text, trailerAt);
        var startxref = StartXref().Match(text, trailerAt);
        if (trailerAt < 0 || !trailer.Success || !startxref.Success)
        {
            throw new InvalidDataException("the PDF has no classic trailer to update");
        }

        var dictionary = trailer.Groups["dict"].Value;
        var size = int.Parse(Field(dictionary, @"/Size\s+(\d+)"), CultureInfo.InvariantCulture);
        var root = int.Parse(Field(dictionary, @"/Root\s+(\d+)\s+0\s+R"), CultureInfo.InvariantCulture);
        var catalog = Regex.Match(text, $@"(?:^|\n){root} 0 obj\s*(?<dict><<.*?>>)\s*endobj", RegexOptions.Singleline);
        if (!catalog.Success)
        {
            throw new InvalidDataException("the PDF's catalog was not found");
        }

        var usesNames = !catalog.Groups["dict"].Value.Contains("/Dests", StringComparison.Ordinal);
        var outlines = size;
        var first = size + 1;
        var objects = new List<(int Number, string Body)>
        {
            (outlines, $"<</Type /Outlines /First {first} 0 R /Last {first + titles.Count - 1} 0 R /Count {titles.Count}>>"),
        };
        for (var i = 0; i < titles.Count; i++)
        {
            var links = new StringBuilder($"<</Title {Utf16(titles[i])} /Parent {outlines} 0 R");
            if (i > 0)
            {
                links.Append(CultureInfo.InvariantCulture, $" /Prev {first + i - 1} 0 R");
            }

            if (i < titles.Count - 1)
            {
                links.Append(CultureInfo.InvariantCulture, $" /Next {first + i + 1} 0 R");
            }

            var name = destination(i + 1);
            links.Append(usesNames ? $" /Dest ({name})>>" : $" /Dest /{name}>>");
            objects.Add((first + i, links.ToString()));
        }

        var oldCatalog = catalog.Groups["dict"].Value;
        objects.Add((root, oldCatalog[..^2] + $" /Outlines {outlines} 0 R /PageMode /UseOutlines>>"));

        using var output = new FileStream(path, FileMode.Append, FileAccess.Write);
        var offset = bytes.Length;
        var update = new StringBuilder("\n");
        var offsets = new SortedDictionary<int, int>();
        foreach (var (number, body) in objects)
        {
            offsets[number] = offset + Encoding.Latin1.GetByteCount(update.ToString());
            update.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        }

        var xref = offset + Encoding.Latin1.GetByteCount(update.ToString());
        update.Append("xref\n");
        update.Append(CultureInfo.InvariantCulture, $"{root} 1\n{offsets[root]:D10} 00000 n \n");
        update.Append(CultureInfo.InvariantCulture, $"{outlines} {titles.Count + 1}\n");
        foreach (var (number, at) in offsets.Where(o => o.Key != root))
        {
            update.Append(CultureInfo.InvariantCulture, $"{at:D10} 00000 n \n");
        }

        var rest = Regex.Replace(dictionary, @"/Size\s+\d+", string.Empty);
        rest = Regex.Replace(rest, @"/Prev\s+\d+", string.Empty).Trim();
        rest = rest[2..^2].Trim();
        update.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {first + titles.Count} {rest} /Prev {startxref.Groups[1].Value}>>\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(update.ToString()));
        output.Flush(flushToDisk: true);
    }

    private static string Field(string dictionary, string pattern)
    {
        var match = Regex.Match(dictionary, pattern);
        return match.Success ? match.Groups[1].Value : throw new InvalidDataException("the PDF's trailer lacks " + pattern);
    }

    // Titles are written as UTF-16BE with a byte-order mark, in hex: any text (quotes, parentheses, Arabic) is safe.
    private static string Utf16(string title)
    {
        var builder = new StringBuilder("<FEFF");
        foreach (var b in Encoding.BigEndianUnicode.GetBytes(title.Length > 200 ? title[..200] : title))
        {
            builder.Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }

        return builder.Append('>').ToString();
    }

    [GeneratedRegex(@"trailer\s*(?<dict><<.*?>>)\s*startxref", RegexOptions.Singleline)]
    private static partial Regex Trailer();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();
}
