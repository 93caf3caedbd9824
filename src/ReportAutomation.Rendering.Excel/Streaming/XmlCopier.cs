using System.Xml;

namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Copies XML from a reader to a <see cref="Utf8XmlWriter"/> node by node, keeping prefixes and namespace
/// declarations, and letting the caller rewrite attribute values and leaf-element text.</summary>
internal sealed class XmlCopier
{
    private readonly Utf8XmlWriter _writer;
    private readonly ElementNaming _naming;
    private readonly List<string> _path = [];

    public XmlCopier(Utf8XmlWriter writer, ElementNaming? naming = null)
    {
        _writer = writer;
        _naming = naming ?? new ElementNaming();
    }

    /// <summary>Reader settings for package parts: no DTD, no resolver.</summary>
    public static XmlReaderSettings ReaderSettings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CloseInput = false,
        IgnoreComments = false,
    };

    /// <summary>(element local name, attribute name, value) to the value to write.</summary>
    public Func<string, string, string, string>? MapAttribute { get; set; }

    /// <summary>(element local name, text) to the text to write.</summary>
    public Func<string, string, string>? MapText { get; set; }

    /// <summary>Writes the start tag of the reader's current element (with mapped attributes) and returns whether it was empty;
    /// an empty element is closed with "/&gt;".</summary>
    public bool WriteStartElement(XmlReader reader, string? extraAttributes = null)
    {
        var name = _naming.NameOf(reader);
        var local = reader.LocalName;
        var empty = reader.IsEmptyElement;
        _writer.Raw("<"u8);
        _writer.Raw(name);
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                var value = MapAttribute is null ? reader.Value : MapAttribute(local, reader.Name, reader.Value);
                _writer.Attribute(reader.Name, value);
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        if (_naming.NeedsEmptyDefaultNamespace(reader))
        {
            _writer.Raw(" xmlns=\"\""u8);
        }

        if (extraAttributes is not null)
        {
            _writer.Raw(extraAttributes);
        }

        _writer.Raw(empty ? "/>"u8 : ">"u8);
        return empty;
    }

    /// <summary>Copies the reader's current node and, for an element, its whole subtree; leaves the reader after it.</summary>
    public void CopySubtree(XmlReader reader)
    {
        var depth = reader.Depth;
        do
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var local = reader.LocalName;
                    if (!WriteStartElement(reader))
                    {
                        _path.Add(local);
                    }

                    break;
                case XmlNodeType.EndElement:
                    _path.RemoveAt(_path.Count - 1);
                    _writer.Raw("</"u8);
                    _writer.Raw(_naming.NameOf(reader));
                    _writer.Raw(">"u8);
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    var text = reader.Value;
                    if (MapText is not null && _path.Count > 0 && reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
                    {
                        text = MapText(_path[^1], text);
                    }

                    _writer.Text(text);
                    break;
                case XmlNodeType.Comment:
                    _writer.Raw("<!--"u8);
                    _writer.Raw(reader.Value);
                    _writer.Raw("-->"u8);
                    break;
                case XmlNodeType.ProcessingInstruction:
                    _writer.Raw("<?"u8);
                    _writer.Raw(reader.Name + " " + reader.Value);
                    _writer.Raw("?>"u8);
                    break;
            }

            reader.Read();
        }
        while (!reader.EOF && reader.Depth > depth);

        // The loop stops on the node after an empty element, or on the end tag of a non-empty one.
        if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth && _path.Count > 0)
        {
            _path.RemoveAt(_path.Count - 1);
            _writer.Raw("</"u8);
            _writer.Raw(_naming.NameOf(reader));
            _writer.Raw(">"u8);
            reader.Read();
        }
    }
}
