using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportAutomation.Rendering.Word.Docx;

namespace ReportAutomation.Rendering.Word.Templating;

/// <summary>Every place of a document that can hold placeholders, body first, read from its parts.</summary>
internal static class TemplateParts
{
    /// <summary>
    /// The body, headers, footers, footnotes and endnotes of <paramref name="main"/>, each part read by
    /// <see cref="TemplatePartReader"/> into a tree of its own (no package holds it) or, for a part it leaves to the SDK, as
    /// the SDK loads it; <paramref name="detached"/> is true when every part was read into a tree of its own.
    /// </summary>
    public static List<TemplatePart> Of(MainDocumentPart main, XmlReaderSettings settings, out Document? document, out bool detached)
    {
        var parts = new List<TemplatePart>();
        var own = true;
        T? Root<T>(OpenXmlPart part, Func<T?> loaded)
            where T : OpenXmlPartRootElement, new()
        {
            if (TemplatePartReader.Read<T>(part, settings) is { } read)
            {
                return read;
            }

            own = false;
            return loaded();
        }

        document = Root(main, () => main.Document);
        if (document?.Body is { } body)
        {
            parts.Add(new TemplatePart(string.Empty, main.Uri, document, body, true));
        }

        foreach (var part in main.HeaderParts.OrderBy(p => p.Uri.ToString(), StringComparer.Ordinal))
        {
            if (Root(part, () => part.Header) is { } header)
            {
                parts.Add(new TemplatePart(Name(part), part.Uri, header, header, false));
            }
        }

        foreach (var part in main.FooterParts.OrderBy(p => p.Uri.ToString(), StringComparer.Ordinal))
        {
            if (Root(part, () => part.Footer) is { } footer)
            {
                parts.Add(new TemplatePart(Name(part), part.Uri, footer, footer, false));
            }
        }

        if (main.FootnotesPart is { } footnotesPart && Root(footnotesPart, () => footnotesPart.Footnotes) is { } footnotes)
        {
            parts.AddRange(footnotes.Elements<Footnote>().Select(f => new TemplatePart(Name(footnotesPart), footnotesPart.Uri, footnotes, f, false)));
        }

        if (main.EndnotesPart is { } endnotesPart && Root(endnotesPart, () => endnotesPart.Endnotes) is { } endnotes)
        {
            parts.AddRange(endnotes.Elements<Endnote>().Select(e => new TemplatePart(Name(endnotesPart), endnotesPart.Uri, endnotes, e, false)));
        }

        detached = own;
        return parts;
    }

    private static string Name(OpenXmlPart part) => Path.GetFileName(part.Uri.OriginalString);
}
