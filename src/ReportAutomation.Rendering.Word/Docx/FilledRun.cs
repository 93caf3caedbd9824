using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportAutomation.Rendering.Word.Docx;

/// <summary>
/// A run that holds a filled placeholder's text. It writes the <c>w:r</c> the SDK would write for a <see cref="Run"/> with
/// the template run's format and a <c>w:t</c> per line (<c>w:br</c> between), byte for byte, but straight to XML: the
/// format is written from the template's own element, never cloned, and no element is built per run, line or text (a
/// memo has one per value, and building and writing them through the SDK was most of the time spent filling).
/// </summary>
internal sealed class FilledRun : OpenXmlUnknownElement
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private readonly RunProperties? _properties;
    private readonly string[] _lines;

    /// <summary>A run in <paramref name="properties"/>' format (read, not copied) showing <paramref name="text"/> literally.</summary>
    public FilledRun(RunProperties? properties, string text)
        : base("w", "r", WordXml.Main)
    {
        _properties = properties;
        _lines = Runs.Lines(text);
    }

    private FilledRun(RunProperties? properties, string[] lines)
        : base("w", "r", WordXml.Main)
    {
        _properties = properties;
        _lines = lines;
    }

    /// <inheritdoc />
    public override void WriteTo(XmlWriter xmlWriter)
    {
        xmlWriter.WriteStartElement("w", "r", WordXml.Main);
        _properties?.WriteTo(xmlWriter);
        for (var i = 0; i < _lines.Length; i++)
        {
            if (i > 0)
            {
                xmlWriter.WriteStartElement("w", "br", WordXml.Main);
                xmlWriter.WriteEndElement();
            }

            xmlWriter.WriteStartElement("w", "t", WordXml.Main);
            xmlWriter.WriteAttributeString("xml", "space", XmlNamespace, "preserve");
            xmlWriter.WriteString(_lines[i]);
            xmlWriter.WriteEndElement();
        }

        xmlWriter.WriteEndElement();
    }

    /// <inheritdoc />
    public override OpenXmlElement CloneNode(bool deep) => new FilledRun(_properties, _lines);
}
