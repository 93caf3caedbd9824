using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportAutomation.Core.Model;

namespace ReportAutomation.Benchmarks.Memo;

/// <summary>
/// The floor: the same digest written straight with the OpenXml SDK (no template, no placeholders, no checks): titles as
/// hyperlinks, investments and sentiment as tables, the key figures with their sentences. It leaves out what costs the
/// same at every size (the two charts with their workbooks, header and footer, styles), so small memos flatter it.
/// </summary>
internal static class BareOpenXmlMemo
{
    public static void Write(WeeklyPack pack, string output)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body();
        body.Append(Paragraph("Title", "Weekly investor-relations memo"));
        body.Append(Table(pack.Investments.Select(x => new[] { x.Date.ToString("dd MMM yyyy", CultureInfo.InvariantCulture), x.Investor, x.Target, x.Category, x.Amount.ToString("N0", CultureInfo.InvariantCulture) })));
        body.Append(Table(pack.Sentiment.Select(x => new[] { x.Entity, x.Score.ToString("F2", CultureInfo.InvariantCulture) })));
        var links = 0;
        foreach (var a in pack.Articles)
        {
            var heading = Paragraph("Heading2", string.Empty);
            heading.RemoveAllChildren<Run>();
            var id = $"rIdLink{++links}";
            main.AddHyperlinkRelationship(new Uri(a.Url!, UriKind.Absolute), true, id);
            heading.Append(new Hyperlink(Run(a.Title)) { Id = id, History = true });
            body.Append(heading);
            body.Append(Paragraph("Meta", $"{a.Site} · {a.Published:dd MMM yyyy} · sentiment {a.Sentiment.Label} ({a.Sentiment.Score:F2})"));
            body.Append(Paragraph(null, a.Summary));
            foreach (var f in a.Money)
            {
                body.Append(Paragraph("Quote", $"{f.Text}: “{f.Sentence}”"));
            }
        }

        main.Document = new Document(body);
    }

    private static Table Table(IEnumerable<string[]> rows)
    {
        var table = new Table(new TableProperties(new TableStyle { Val = "TableGrid" }));
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(text => new TableCell(Paragraph(null, text)))));
        }

        return table;
    }

    private static Paragraph Paragraph(string? style, string text)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(Run(text));
        return paragraph;
    }

    private static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
