using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportAutomation.Rendering.Pdf.Output;

/// <summary>
/// Replaces the random document id Skia writes for PDF/A (trailer <c>/ID</c>, XMP DocumentID and InstanceID) with one
/// derived from the document's content, so the same inputs and clock give the same bytes. The id sits in the XMP
/// packet at the start and the trailers at the end: only those ends are read into memory and patched in place.
/// </summary>
internal static partial class PdfDocumentId
{
    private const int End = 256 * 1024;

    /// <summary>Rewrites the id of the PDF at <paramref name="path"/>; returns false when it has none.</summary>
    public static bool Stabilise(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        var length = file.Length;
        var headLength = (int)Math.Min(End, length);
        var tailStart = Math.Max(headLength, length - End);
        var head = FileSlice.Read(file, 0, headLength);
        var tail = FileSlice.Read(file, tailStart, (int)(length - tailStart));
        var match = TrailerId().Match(Encoding.Latin1.GetString(tail.Length > 0 ? tail : head));
        if (!match.Success)
        {
            return false;
        }

        var hex = match.Groups[1].Value;
        var old = new[] { hex, Dashed(hex).ToLowerInvariant() };
        var zero = new[] { new string('0', 32), Dashed(new string('0', 32)) };
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Replace(head, old, zero));
        file.Position = headLength;
        var buffer = new byte[1 << 20];
        for (var left = tailStart - headLength; left > 0;)
        {
            var read = file.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            hash.AppendData(buffer, 0, read);
            left -= read;
        }

        hash.AppendData(Replace(tail, old, zero));
        var digest = hash.GetHashAndReset();
        digest[6] = (byte)((digest[6] & 0x0F) | 0x50);
        digest[8] = (byte)((digest[8] & 0x3F) | 0x80);
        var id = Convert.ToHexString(digest, 0, 16);
        var fresh = new[] { id, Dashed(id).ToLowerInvariant() };
        FileSlice.Write(file, 0, Replace(head, old, fresh));
        FileSlice.Write(file, tailStart, Replace(tail, old, fresh));

        // The deck's last step before the temp file is renamed into place: the file reaches the disk once, here (the
        // steps before it write into the same temp file, and nobody reads it until it is renamed).
        file.Flush(flushToDisk: true);
        return true;
    }

    private static string Dashed(string hex) => $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";

    // Same-length replacement keeps every byte offset (and so the cross-reference table) valid.
    private static byte[] Replace(byte[] bytes, string[] from, string[] to)
    {
        var text = Encoding.Latin1.GetString(bytes);
        for (var i = 0; i < from.Length; i++)
        {
            text = text.Replace(from[i], to[i], StringComparison.Ordinal);
        }

        return Encoding.Latin1.GetBytes(text);
    }

    [GeneratedRegex(@"/ID \[<([0-9A-F]{32})>")]
    private static partial Regex TrailerId();
}
