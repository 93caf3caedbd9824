using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ReportAutomation.Rendering.Pdf.Text;

namespace ReportAutomation.Rendering.Pdf.Output;

/// <summary>
/// Replaces each whole font Skia embedded (its PDF backend here has no subsetter: a 500 KB Noto Sans goes in whole) with
/// the subset of glyphs the deck drew. Skia writes fonts last, at close, so only the file's tail is rewritten: the
/// font streams, the objects after them, a new cross-reference table and the same trailer. Glyph ids are kept, so no
/// page changes.
/// </summary>
internal static partial class PdfFontSubsetter
{
    private const int HeaderBytes = 512;

    /// <summary>
    /// Cuts each face that drew glyphs down to them and compresses the result (no subset when it would not be smaller),
    /// from the shipped font files: no PDF is needed, so this runs while Skia is still writing the last pages and fonts.
    /// </summary>
    public static IReadOnlyList<PreparedFont> Prepare(IReadOnlyList<FontFace> faces)
    {
        var prepared = new List<PreparedFont>();
        foreach (var face in faces.Where(f => f.IsUsed))
        {
            byte[]? deflated = null;
            var subset = FontSubset.Of(face.Bytes, face.UsedGlyphs);
            if (subset is not null && subset.Length < face.Bytes.Length)
            {
                using var output = new MemoryStream();
                using (var deflate = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
                {
                    deflate.Write(subset);
                }

                deflated = output.ToArray();
            }

            prepared.Add(new PreparedFont(face, subset?.Length ?? 0, deflated));
        }

        return prepared;
    }

    /// <summary>Replaces the whole fonts embedded in the PDF at <paramref name="path"/> with their <paramref name="subsets"/>; returns the bytes saved.</summary>
    public static long Apply(string path, IReadOnlyList<PreparedFont> subsets)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        var xref = PdfXref.Read(file);
        var replacements = new Dictionary<int, byte[]>();
        foreach (var number in FontFiles(file, xref))
        {
            if (Subset(file, xref.Offsets[number], number, subsets) is { } replacement)
            {
                replacements[number] = replacement;
            }
        }

        if (replacements.Count == 0)
        {
            return 0;
        }

        var order = Enumerable.Range(1, xref.Offsets.Length - 1).Where(n => xref.Offsets[n] > 0).OrderBy(n => xref.Offsets[n]).ToList();
        var first = replacements.Keys.Min(n => xref.Offsets[n]);
        var region = FileSlice.Read(file, first, (int)(xref.At - first));
        var offsets = (long[])xref.Offsets.Clone();
        using var rewritten = new MemoryStream(region.Length / 4);
        var moved = order.Where(n => xref.Offsets[n] >= first).ToList();
        for (var i = 0; i < moved.Count; i++)
        {
            var number = moved[i];
            var start = (int)(xref.Offsets[number] - first);
            var end = i + 1 < moved.Count ? (int)(xref.Offsets[moved[i + 1]] - first) : region.Length;
            offsets[number] = first + rewritten.Length;
            if (replacements.TryGetValue(number, out var replacement))
            {
                rewritten.Write(replacement);
                var tail = EndOfObject(region, start, end);
                rewritten.Write(region, tail, end - tail);
            }
            else
            {
                rewritten.Write(region, start, end - start);
            }
        }

        var table = first + rewritten.Length;
        var ending = PdfXref.Write(offsets) + string.Create(CultureInfo.InvariantCulture, $"trailer\n{xref.Trailer}\nstartxref\n{table}\n%%EOF\n");
        rewritten.Write(Encoding.Latin1.GetBytes(ending));
        var saved = file.Length - (first + rewritten.Length);
        file.Position = first;
        rewritten.Position = 0;
        rewritten.CopyTo(file);
        file.SetLength(first + rewritten.Length);
        return saved;
    }

    // The FontFile2 streams named by the font descriptors (a descriptor is a small dictionary; its head says what it is).
    // Every object's head is read into one buffer and searched as bytes: only a descriptor's head becomes a string.
    private static SortedSet<int> FontFiles(FileStream file, PdfXref xref)
    {
        var files = new SortedSet<int>();
        var buffer = new byte[HeaderBytes];
        // In file order, so the stream's read buffer serves the next heads instead of one system call per object.
        foreach (var at in xref.Offsets.Where(at => at > 0).Order())
        {
            var head = buffer.AsSpan(0, (int)Math.Min(HeaderBytes, xref.At - at));
            file.Position = at;
            file.ReadExactly(head);
            if (head.IndexOf("/FontDescriptor"u8) >= 0 && FontFile2().Match(Encoding.Latin1.GetString(head)) is { Success: true } match)
            {
                files.Add(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
            }
        }

        return files;
    }

    // The new object for font stream <number>, or null when the font is not one of ours or subsetting does not help.
    private static byte[]? Subset(FileStream file, long at, int number, IReadOnlyList<PreparedFont> subsets)
    {
        var head = Encoding.Latin1.GetString(FileSlice.Read(file, at, (int)Math.Min(HeaderBytes, file.Length - at)));
        var streamAt = head.IndexOf("stream", StringComparison.Ordinal);
        var dictionary = streamAt < 0 ? string.Empty : head[..streamAt];
        // Only the direct, deflated stream Skia writes is rewritten; anything else is left as it is.
        if (PdfXref.Number(dictionary, "Length") is not { } length || IndirectLength().IsMatch(dictionary)
            || !dictionary.Contains("/FlateDecode", StringComparison.Ordinal) || streamAt + 7 >= head.Length)
        {
            return null;
        }

        if (Match(file, at + streamAt + "stream".Length + (head[streamAt + 6] == '\r' ? 2 : 1), (int)length, PdfXref.Number(dictionary, "Length1"), subsets) is not { Deflated: { } deflated } subset)
        {
            return null;
        }

        var header = string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n<</Length1 {subset.SubsetLength}\n/Filter /FlateDecode\n/Length {deflated.Length}>> stream\n");
        return [.. Encoding.Latin1.GetBytes(header), .. deflated, .. "\nendstream\nendobj\n"u8];
    }

    // The face whose whole font this stream holds. Skia embeds only the faces the deck drew with, each of them prepared:
    // the font's length (Length1) names it when no other prepared face has that length; otherwise the stream is
    // inflated and matched by content.
    private static PreparedFont? Match(FileStream file, long dataAt, int length, long? fontLength, IReadOnlyList<PreparedFont> subsets)
    {
        var sameLength = subsets.Where(s => s.WholeLength == fontLength).ToList();
        if (sameLength.Count == 1)
        {
            return sameLength[0];
        }

        if (Inflate(FileSlice.Read(file, dataAt, length)) is not { } bytes)
        {
            return null;
        }

        var fingerprint = SHA256.HashData(bytes);
        return subsets.FirstOrDefault(s => s.WholeLength == bytes.Length && s.Face.Fingerprint.AsSpan().SequenceEqual(fingerprint));
    }

    private static byte[]? Inflate(byte[] compressed)
    {
        try
        {
            using var font = new MemoryStream();
            using (var inflate = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress))
            {
                inflate.CopyTo(font);
            }

            return font.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    // Where the bytes after an object's "endobj" line start, so what Skia wrote between objects is kept.
    private static int EndOfObject(byte[] region, int start, int end)
    {
        var at = region.AsSpan(start, end - start).LastIndexOf("endobj"u8);
        if (at < 0)
        {
            throw new InvalidDataException("a font object in the PDF has no endobj");
        }

        at += start + "endobj".Length;
        while (at < end && (region[at] == '\n' || region[at] == '\r'))
        {
            at++;
        }

        return at;
    }

    [GeneratedRegex(@"/Length\s+\d+\s+\d+\s+R")]
    private static partial Regex IndirectLength();

    [GeneratedRegex(@"/FontFile2\s+(\d+)\s+0\s+R")]
    private static partial Regex FontFile2();
}
