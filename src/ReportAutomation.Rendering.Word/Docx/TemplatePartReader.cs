using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportAutomation.Rendering.Word.Docx;

/// <summary>
/// Reads a template's parts into the element trees the memo walks: the SDK's own elements for what it looks at (the
/// document and body, paragraphs, runs and their text, tables, rows and cells, hyperlinks, bookmarks, comment anchors,
/// proofing marks, and the property elements it copies), a <see cref="RawElement"/> for everything it never looks
/// inside. The SDK's parser builds, for every element type it meets, a factory for each child type the schema allows
/// (creating one of each: hundreds of types and their metadata for a Word body, the larger part of a small memo's cold
/// start); this reads the same XML with the framework's reader and creates only the few types the memo uses.
/// </summary>
internal static class TemplatePartReader
{

    // Per parent (an SDK element of the w: namespace, by local name), the children created as SDK elements; every other
    // child is kept raw.
    private static readonly Dictionary<string, Dictionary<string, Func<OpenXmlElement>>> Typed = Children();

    /// <summary>
    /// The root of <paramref name="part"/> as a tree of its own (the part does not hold it), or null when the SDK must read
    /// the part: it has a paragraph inside an element kept raw (a text box, a content control), or XML this reader does
    /// not take apart (text or comments between a paragraph's runs).
    /// </summary>
    public static T? Read<T>(OpenXmlPart part, XmlReaderSettings settings)
        where T : OpenXmlPartRootElement, new()
    {
        using var reader = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), settings);
        var root = new T();
        if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != root.LocalName || reader.NamespaceURI != WordXml.Main)
        {
            return null;
        }

        return Fill(reader, root) ? root : null;
    }

    // Reads the element the reader is on into element: its attributes, then its children; the reader ends after it.
    private static bool Fill(XmlReader reader, OpenXmlElement element)
    {
        Attributes(reader, element);
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return true;
        }

        var typed = Typed.GetValueOrDefault(element.LocalName);
        reader.Read();
        while (reader.NodeType != XmlNodeType.EndElement)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.NamespaceURI == WordXml.Main && typed is not null && typed.TryGetValue(reader.LocalName, out var create):
                    var child = create();
                    if (!(child is Text text ? FillText(reader, text) : Fill(reader, child)))
                    {
                        return false;
                    }

                    element.AppendChild(child);
                    break;
                case XmlNodeType.Element:
                    var (prefix, localName, namespaceUri) = (reader.Prefix, reader.LocalName, reader.NamespaceURI);
                    var xml = RawXml.Read(reader);
                    if (xml.Contains(WordXml.Main, "p"))
                    {
                        return false;
                    }

                    element.AppendChild(new RawElement(prefix, localName, namespaceUri, xml));
                    break;
                case XmlNodeType.Whitespace:
                    reader.Read();
                    break;
                default:
                    // Text, comments or processing instructions between a paragraph's runs: rare, and kept by the SDK.
                    return false;
            }
        }

        reader.Read();
        return true;
    }

    private static bool FillText(XmlReader reader, Text text)
    {
        Attributes(reader, text);
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return true;
        }

        reader.Read();
        if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
        {
            text.Text = reader.Value;
            reader.Read();
        }

        if (reader.NodeType != XmlNodeType.EndElement)
        {
            return false;
        }

        reader.Read();
        return true;
    }

    // As the SDK reads: known attributes typed, markup-compatibility ones (mc:Ignorable) as such, prefixed namespace
    // declarations kept where they are, any other attribute kept as it is.
    private static void Attributes(XmlReader reader, OpenXmlElement element)
    {
        while (reader.MoveToNextAttribute())
        {
            if (reader.NamespaceURI != WordXml.Xmlns)
            {
                element.SetAttribute(new OpenXmlAttribute(reader.Prefix, reader.LocalName, reader.NamespaceURI, reader.Value));
            }
            else if (reader.Prefix.Length > 0)
            {
                element.AddNamespaceDeclaration(reader.LocalName, reader.Value);
            }
        }

        reader.MoveToElement();
    }

    private static Dictionary<string, Dictionary<string, Func<OpenXmlElement>>> Children()
    {
        Dictionary<string, Func<OpenXmlElement>> Blocks() => new(StringComparer.Ordinal)
        {
            ["p"] = () => new Paragraph(),
            ["tbl"] = () => new Table(),
        };

        Dictionary<string, Func<OpenXmlElement>> Marks() => new(StringComparer.Ordinal)
        {
            ["r"] = () => new Run(),
            ["proofErr"] = () => new ProofError(),
            ["bookmarkStart"] = () => new BookmarkStart(),
            ["bookmarkEnd"] = () => new BookmarkEnd(),
            ["commentRangeStart"] = () => new CommentRangeStart(),
            ["commentRangeEnd"] = () => new CommentRangeEnd(),
        };

        var body = Blocks();
        body["sectPr"] = () => new SectionProperties();
        var cell = Blocks();
        cell["tcPr"] = () => new TableCellProperties();
        var paragraph = Marks();
        paragraph["pPr"] = () => new ParagraphProperties();
        paragraph["hyperlink"] = () => new Hyperlink();
        return new(StringComparer.Ordinal)
        {
            ["document"] = new(StringComparer.Ordinal) { ["body"] = () => new Body() },
            ["body"] = body,
            ["hdr"] = Blocks(),
            ["ftr"] = Blocks(),
            ["footnotes"] = new(StringComparer.Ordinal) { ["footnote"] = () => new Footnote() },
            ["endnotes"] = new(StringComparer.Ordinal) { ["endnote"] = () => new Endnote() },
            ["footnote"] = Blocks(),
            ["endnote"] = Blocks(),
            ["tbl"] = new(StringComparer.Ordinal) { ["tr"] = () => new TableRow() },
            ["tr"] = new(StringComparer.Ordinal) { ["tc"] = () => new TableCell() },
            ["tc"] = cell,
            ["p"] = paragraph,
            ["hyperlink"] = Marks(),
            ["r"] = new(StringComparer.Ordinal)
            {
                ["rPr"] = () => new RunProperties(),
                ["t"] = () => new Text(),
                ["lastRenderedPageBreak"] = () => new LastRenderedPageBreak(),
            },
        };
    }
}
