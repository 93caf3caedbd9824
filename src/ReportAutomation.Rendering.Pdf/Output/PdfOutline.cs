using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportAutomation.Rendering.Pdf.Output;

/// <summary>
/// Adds an outline (bookmarks: one entry per slide) to a PDF Skia wrote, as a standard incremental update: new outline
/// objects, a new catalog pointing at them, a new cross-reference section and trailer appended after the original bytes.
/// Skia has no outline API; its named destinations (one per page) are what the entries point at.
/// </summary>
internal static class PdfOutline
{
    private const int Tail = 64 * 1024;

    /// <summary>Appends the outline to the PDF at <paramref name="path"/>; <paramref name="destination"/> names page n's destination.</summary>
    public static void Append(string path, IReadOnlyList<string> titles, Func<int, string> destination)
    {
        if (titles.Count == 0)
        {
            return;
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        var length = file.Length;
        var xref = PdfXref.Read(file);
        var dictionary = xref.Trailer;
        var size = xref.Offsets.Length;
        var root = (int)(PdfXref.Number(dictionary, "Root") ?? throw new InvalidDataException("the PDF's trailer has no /Root"));
        var catalog = Catalog(file, xref.Offsets[root], root);
        var usesNames = !catalog.Contains("/Dests", StringComparison.Ordinal);
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

        objects.Add((root, catalog[..^2] + $" /Outlines {outlines} 0 R /PageMode /UseOutlines>>"));

        var offset = length;
        var update = new StringBuilder("\n");
        var offsets = new SortedDictionary<int, long>();
        foreach (var (number, body) in objects)
        {
            offsets[number] = offset + update.Length;
            update.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        }

        var table = offset + update.Length;
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
        update.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {first + titles.Count} {rest} /Prev {xref.At}>>\nstartxref\n{table}\n%%EOF\n");
        file.Position = length;
        file.Write(Encoding.Latin1.GetBytes(update.ToString()));
        file.Flush(flushToDisk: true);
    }

    private static string Catalog(FileStream file, long at, int root)
    {
        var text = Encoding.Latin1.GetString(FileSlice.Read(file, at, (int)Math.Min(Tail, file.Length - at)));
        var match = Regex.Match(text, $@"^{root} 0 obj\s*(?<dict><<.*?>>)\s*endobj", RegexOptions.Singleline);
        return match.Success ? match.Groups["dict"].Value : throw new InvalidDataException("the PDF's catalog was not found");
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
}
