using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportAutomation.Rendering.Word.Templating;

/// <summary>Every place of a document that can hold placeholders, body first.</summary>
internal static class TemplateParts
{
    /// <summary>The body, headers, footers, footnotes and endnotes of <paramref name="main"/>.</summary>
    public static List<TemplatePart> Of(MainDocumentPart main)
    {
        var parts = new List<TemplatePart>();
        if (main.Document?.Body is { } body)
        {
            parts.Add(new TemplatePart(string.Empty, body, body, true));
        }

        parts.AddRange(main.HeaderParts.OrderBy(p => p.Uri.ToString(), StringComparer.Ordinal).Where(p => p.Header is not null).Select(p => new TemplatePart(Name(p), p.Header, p.Header, false)));
        parts.AddRange(main.FooterParts.OrderBy(p => p.Uri.ToString(), StringComparer.Ordinal).Where(p => p.Footer is not null).Select(p => new TemplatePart(Name(p), p.Footer, p.Footer, false)));
        if (main.FootnotesPart?.Footnotes is { } footnotes)
        {
            parts.AddRange(footnotes.Elements<Footnote>().Select(f => new TemplatePart(Name(main.FootnotesPart), footnotes, f, false)));
        }

        if (main.EndnotesPart?.Endnotes is { } endnotes)
        {
            parts.AddRange(endnotes.Elements<Endnote>().Select(e => new TemplatePart(Name(main.EndnotesPart), endnotes, e, false)));
        }

        return parts;
    }

    private static string Name(OpenXmlPart part) => Path.GetFileName(part.Uri.OriginalString);
}
