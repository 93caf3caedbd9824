using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportAutomation.Rendering.Pdf.Output;

/// <summary>
/// Replaces the random document id Skia writes for PDF/A (trailer <c>/ID</c> and the XMP DocumentID/InstanceID) with
/// one derived from the document's content, so the same inputs and clock give the same bytes. Same length, in place.
/// </summary>
internal static partial class PdfDocumentId
{
    /// <summary>Rewrites the id of the PDF at <paramref name="path"/>; returns false when it has none.</summary>
    public static bool Stabilise(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var text = Encoding.Latin1.GetString(bytes);
        var match = TrailerId().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var hex = match.Groups[1].Value;
        var dashed = $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}".ToLowerInvariant();
        var blank = text.Replace(hex, new string('0', 32), StringComparison.Ordinal).Replace(dashed, "00000000-0000-0000-0000-000000000000", StringComparison.Ordinal);
        var digest = SHA256.HashData(Encoding.Latin1.GetBytes(blank));
        digest[6] = (byte)((digest[6] & 0x0F) | 0x50);
        digest[8] = (byte)((digest[8] & 0x3F) | 0x80);
        var id = Convert.ToHexString(digest, 0, 16);
        var idDashed = $"{id[..8]}-{id[8..12]}-{id[12..16]}-{id[16..20]}-{id[20..]}".ToLowerInvariant();
        var result = text.Replace(hex, id, StringComparison.Ordinal).Replace(dashed, idDashed, StringComparison.Ordinal);
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(result));
        return true;
    }

    [GeneratedRegex(@"/ID \[<([0-9A-F]{32})>")]
    private static partial Regex TrailerId();
}
