using System.Xml;

namespace ReportAutomation.Rendering.Word.Docx;

/// <summary>
/// One element of a template as it was read: its nodes in document order with their prefixes, written back as the
/// SDK writes what it parsed (namespace declarations before the other attributes, indentation between elements
/// dropped, the text of an element without children kept). Never changed once read, so clones share it.
/// </summary>
internal sealed class RawXml
{
    private readonly Node[] _nodes;

    private RawXml(Node[] nodes) => _nodes = nodes;

    /// <summary>The concatenated text of the element (what the SDK's <c>InnerText</c> reads).</summary>
    public string Text => string.Concat(_nodes.Where(n => n.Kind is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace).Select(n => n.Value));

    /// <summary>Reads the element <paramref name="reader"/> is on; the reader ends on the node after it.</summary>
    public static RawXml Read(XmlReader reader)
    {
        var nodes = new List<Node>();
        var depth = reader.Depth;
        while (true)
        {
            var last = reader.Depth == depth && (reader.NodeType == XmlNodeType.EndElement || (reader.NodeType == XmlNodeType.Element && reader.IsEmptyElement));
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    nodes.Add(new Node(XmlNodeType.Element, reader.Prefix, reader.LocalName, reader.NamespaceURI, string.Empty));
                    var empty = reader.IsEmptyElement;
                    Attributes(reader, nodes);
                    if (empty)
                    {
                        nodes.Add(Node.End);
                    }

                    break;
                case XmlNodeType.EndElement:
                    nodes.Add(Node.End);
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.Comment:
                    nodes.Add(new Node(reader.NodeType, string.Empty, string.Empty, string.Empty, reader.Value));
                    break;
                case XmlNodeType.ProcessingInstruction:
                    nodes.Add(new Node(reader.NodeType, string.Empty, reader.Name, string.Empty, reader.Value));
                    break;
            }

            reader.Read();
            if (last)
            {
                return new RawXml(WithoutLayout(nodes));
            }
        }
    }

    /// <summary>True when the element is, or holds, an element <paramref name="localName"/> of <paramref name="namespaceUri"/>.</summary>
    public bool Contains(string namespaceUri, string localName) =>
        _nodes.Any(n => n.Kind == XmlNodeType.Element && n.LocalName == localName && n.NamespaceUri == namespaceUri);

    /// <summary>Writes the element to <paramref name="writer"/> with the prefixes it was read with.</summary>
    public void WriteTo(XmlWriter writer)
    {
        foreach (var node in _nodes)
        {
            switch (node.Kind)
            {
                case XmlNodeType.Element:
                    writer.WriteStartElement(node.Prefix, node.LocalName, node.NamespaceUri);
                    break;
                case XmlNodeType.Attribute:
                    writer.WriteAttributeString(node.Prefix, node.LocalName, node.NamespaceUri, node.Value);
                    break;
                case XmlNodeType.EndElement:
                    writer.WriteEndElement();
                    break;
                case XmlNodeType.CDATA:
                    writer.WriteCData(node.Value);
                    break;
                case XmlNodeType.Comment:
                    writer.WriteComment(node.Value);
                    break;
                case XmlNodeType.ProcessingInstruction:
                    writer.WriteProcessingInstruction(node.LocalName, node.Value);
                    break;
                default:
                    writer.WriteString(node.Value);
                    break;
            }
        }
    }

    // Namespace declarations first, as the SDK writes an element it parsed.
    private static void Attributes(XmlReader reader, List<Node> nodes)
    {
        if (!reader.HasAttributes)
        {
            return;
        }

        var others = new List<Node>();
        while (reader.MoveToNextAttribute())
        {
            var node = new Node(XmlNodeType.Attribute, reader.Prefix, reader.LocalName, reader.NamespaceURI, reader.Value);
            (reader.NamespaceURI == WordXml.Xmlns ? nodes : others).Add(node);
        }

        nodes.AddRange(others);
        reader.MoveToElement();
    }

    // Whitespace inside an element that has child elements is indentation, which the SDK does not keep.
    private static Node[] WithoutLayout(List<Node> nodes)
    {
        if (!nodes.Any(n => n.Kind == XmlNodeType.Whitespace))
        {
            return [.. nodes];
        }

        var hasElements = new bool[nodes.Count];
        var open = new Stack<int>();
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Kind == XmlNodeType.Element)
            {
                if (open.Count > 0)
                {
                    hasElements[open.Peek()] = true;
                }

                open.Push(i);
            }
            else if (nodes[i].Kind == XmlNodeType.EndElement)
            {
                open.Pop();
            }
        }

        var kept = new List<Node>(nodes.Count);
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Kind == XmlNodeType.Element)
            {
                open.Push(i);
            }
            else if (nodes[i].Kind == XmlNodeType.EndElement)
            {
                open.Pop();
            }
            else if (nodes[i].Kind == XmlNodeType.Whitespace && hasElements[open.Peek()])
            {
                continue;
            }

            kept.Add(nodes[i]);
        }

        return [.. kept];
    }

    private readonly record struct Node(XmlNodeType Kind, string Prefix, string LocalName, string NamespaceUri, string Value)
    {
        public static Node End { get; } = new(XmlNodeType.EndElement, string.Empty, string.Empty, string.Empty, string.Empty);
    }
}
