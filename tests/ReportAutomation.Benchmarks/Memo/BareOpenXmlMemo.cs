using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportAutomation.Core.Model;

namespace ReportAutomation.Benchmarks.Memo;

/// <summary>The floor: the same digest written straight with the OpenXml SDK (no template, no placeholders, no checks).</summary>
internal static class BareOpenXmlMemo
{
    public static void Write(WeeklyPack pack, string output)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body();
        body.Append(Paragraph("Title", "Weekly investor-relations memo"));
        foreach (var x in pack.Investments)
        {
            body.Append(Paragraph(null, $"{x.Date:dd MMM yyyy} {x.Investor} {x.Target} {x.Amount:N0}"));
        }

        foreach (var a in pack.Articles)
        {
            body.Append(Paragraph("Heading2", a.Title));
            body.Append(Paragraph("Meta", $"{a.Site} · {a.Published:dd MMM yyyy} · sentiment {a.Sentiment.Label} ({a.Sentiment.Score:F2})"));
            body.Append(Paragraph(null, a.Summary));
            foreach (var f in a.Money)
            {
                body.Append(Paragraph("Quote", $"{f.Text}: “{f.Sentence}”"));
            }
        }

        main.Document = new Document(body);
    }

    private static Paragraph Paragraph(string? style, string text)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }
}
