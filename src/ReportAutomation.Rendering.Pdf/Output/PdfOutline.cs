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

        // Everything appended is ASCII (titles are hex), one byte per character: an object's offset is the count so far.
        using var writer = new StreamWriter(file, Encoding.Latin1, 1 << 16, leaveOpen: true);
        file.Position = length;
        var written = 0L;
        var offsets = new long[titles.Count + 1];
        void Put(int number, string body)
        {
            var at = length + written;
            var text = string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
            writer.Write(text);
            written += text.Length;
            if (number != root)
            {
                offsets[number - outlines] = at;
            }
        }

        writer.Write('\n');
        written++;
        Put(outlines, $"<</Type /Outlines /First {first} 0 R /Last {first + titles.Count - 1} 0 R /Count {titles.Count}>>");
        var entry = new StringBuilder();
        for (var i = 0; i < titles.Count; i++)
        {
            entry.Clear().Append(CultureInfo.InvariantCulture, $"<</Title {Utf16(titles[i])} /Parent {outlines} 0 R");
            if (i > 0)
            {
                entry.Append(CultureInfo.InvariantCulture, $" /Prev {first + i - 1} 0 R");
            }

            if (i < titles.Count - 1)
            {
                entry.Append(CultureInfo.InvariantCulture, $" /Next {first + i + 1} 0 R");
            }

            var name = destination(i + 1);
            entry.Append(usesNames ? $" /Dest ({name})>>" : $" /Dest /{name}>>");
            Put(first + i, entry.ToString());
        }

        var rootAt = length + written;
        Put(root, catalog[..^2] + $" /Outlines {outlines} 0 R /PageMode /UseOutlines>>");

        var table = length + written;
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"xref\n{root} 1\n{rootAt:D10} 00000 n \n{outlines} {titles.Count + 1}\n"));
        foreach (var at in offsets)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{at:D10} 00000 n \n"));
        }

        var rest = Regex.Replace(dictionary, @"/Size\s+\d+", string.Empty);
        rest = Regex.Replace(rest, @"/Prev\s+\d+", string.Empty).Trim();
        rest = rest[2..^2].Trim();
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"trailer\n<</Size {first + titles.Count} {rest} /Prev {xref.At}>>\nstartxref\n{table}\n%%EOF\n"));
        writer.Flush();
    }

    private static string Catalog(FileStream file, long at, int root)
    {
        var text = Encoding.Latin1.GetString(FileSlice.Read(file, at, (int)Math.Min(Tail, file.Length - at)));
        var match = Regex.Match(text, $@"^{root} 0 obj\s*(?<dict><<.*?>>)\s*endobj", RegexOptions.Singleline);
        return match.Success ? match.Groups["dict"].Value : throw new InvalidDataException("the PDF's catalog was not found");
    }

    // Titles are written as UTF-16BE with a byte-order mark, in hex: any text (quotes, parentheses, Arabic) is safe.
    private static string Utf16(string title) =>
        "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(title.Length > 200 ? title[..200] : title)) + ">";
}
