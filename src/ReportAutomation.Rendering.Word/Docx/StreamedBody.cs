using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportAutomation.Rendering.Word.Docx;

/// <summary>
/// Writes the main document part with its body's content streamed element by element as the filler yields it: a digest of
/// thousands of articles is never held as one element tree (whose growth made most of a large memo's time garbage
/// collection). The document's and body's own start tags (namespaces, <c>mc:Ignorable</c>, attributes) and every other
/// child of the document are written as the template has them; the body's section properties go last, where Word wants them.
/// </summary>
internal static class StreamedBody
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Replaces <paramref name="main"/>'s content with the template's <paramref name="document"/> whose body holds <paramref name="content"/>.</summary>
    public static void Write(MainDocumentPart main, Document document, IEnumerable<OpenXmlElement> content, CancellationToken cancellationToken)
    {
        var body = document.Body ?? throw new InvalidOperationException("the document has no body");

        // The template's tree is in memory (it is what is being filled), so the part's stream is written straight over.
        using var part = main.GetStream(FileMode.Create, FileAccess.Write);
        using (var xml = XmlWriter.Create(part, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false }))
        {
            xml.WriteStartDocument(standalone: true);
            WriteStart(xml, document, Hoisted(document));
            foreach (var child in document.ChildElements)
            {
                if (child != body)
                {
                    child.WriteTo(xml);
                    continue;
                }

                WriteStart(xml, body, []);
                var sections = new List<OpenXmlElement>();
                var count = 0;
                foreach (var element in content)
                {
                    if (element is SectionProperties)
                    {
                        sections.Add(element);
                    }
                    else
                    {
                        element.WriteTo(xml);
                    }

                    if (++count % 1024 == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }
                }

                sections.ForEach(s => s.WriteTo(xml));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        // An element tree the SDK loaded for the part (the template's, when it read the part) must not be saved over it.
        main.UnloadRootElement();
    }

    // As the SDK saves a part: namespaces declared anywhere in the template are declared on the root, before its own; and
    // the relationships namespace, which the memo's links and charts use, always is.
    private static List<KeyValuePair<string, string>> Hoisted(OpenXmlElement root)
    {
        var own = root.NamespaceDeclarations.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        var hoisted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (prefix, uri) in root.Descendants().SelectMany(d => d.NamespaceDeclarations))
        {
            if (!own.Contains(prefix))
            {
                hoisted.TryAdd(prefix, uri);
            }
        }

        if (root.LookupPrefix(RelationshipsNamespace) is null && !hoisted.ContainsValue(RelationshipsNamespace))
        {
            hoisted.TryAdd("r", RelationshipsNamespace);
        }

        return [.. hoisted];
    }

    private static void WriteStart(XmlWriter xml, OpenXmlElement element, IEnumerable<KeyValuePair<string, string>> hoisted)
    {
        xml.WriteStartElement(element.Prefix, element.LocalName, element.NamespaceUri);
        foreach (var (prefix, uri) in hoisted.Concat(element.NamespaceDeclarations))
        {
            xml.WriteAttributeString("xmlns", prefix, WordXml.Xmlns, uri);
        }

        // The SDK's attribute list includes markup-compatibility ones (mc:Ignorable) and those it does not know.
        foreach (var attribute in element.GetAttributes())
        {
            xml.WriteAttributeString(attribute.Prefix, attribute.LocalName, attribute.NamespaceUri, attribute.Value);
        }
    }
}
