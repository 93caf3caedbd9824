using System.Text;
using ReportAutomation.Rendering.Pdf.Output;
using ReportAutomation.TestKit;

namespace ReportAutomation.Rendering.Pdf.Tests.Rendering;

public sealed class TrailerIdTests
{
    [Fact]
    public void HexEncode_LiteralIdAsSkiaWroteItInARealDeck_BecomesTheSameBytesInHex()
    {
        // Given the end of a PDF whose trailer id Skia wrote as escaped literals (octal escapes, an escaped parenthesis,
        // a ">" inside), as it does for about one deck in fifty
        using var folder = new TempFolder("trailer-id");
        const string id = @"(\233`\0163\014>4$\264l\)>Cwp\207)";
        var body = "%PDF-1.4\n1 0 obj\n<</Type /Catalog>>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \n";
        var path = folder.File("deck.pdf");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(body + $"trailer\n<</Size 2 /Root 1 0 R\n/ID [{id} {id}]>>\nstartxref\n{body.IndexOf("xref", StringComparison.Ordinal)}\n%%EOF"));

        // When the id is normalised
        var changed = PdfTrailerId.HexEncode(path);

        // Then both strings are the same 16 bytes in hex, and everything else is as it was
        Assert.True(changed);
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(path));
        Assert.Equal(body + "trailer\n<</Size 2 /Root 1 0 R\n/ID [<9B600E330C3E3424B46C293E43777087> <9B600E330C3E3424B46C293E43777087>]>>\nstartxref\n"
            + body.IndexOf("xref", StringComparison.Ordinal) + "\n%%EOF", text);
        Assert.False(PdfTrailerId.HexEncode(path));
    }
}
