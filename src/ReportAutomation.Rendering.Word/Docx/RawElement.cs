using System.Xml;
using DocumentFormat.OpenXml;

namespace ReportAutomation.Rendering.Word.Docx;

/// <summary>
/// A template element the memo never looks inside (the children of run, paragraph and cell properties, breaks, tabs,
/// fields, drawings, section properties), kept as the template's XML and written back as it is.
/// </summary>
internal sealed class RawElement : OpenXmlUnknownElement
{
    private readonly RawXml _xml;

    /// <summary>Wraps <paramref name="xml"/>, an element named <paramref name="prefix"/>:<paramref name="localName"/> in <paramref name="namespaceUri"/>.</summary>
    public RawElement(string prefix, string localName, string namespaceUri, RawXml xml)
        : base(prefix, localName, namespaceUri)
    {
        _xml = xml;
    }

    /// <inheritdoc />
    public override string InnerText => _xml.Text;

    /// <inheritdoc />
    public override void WriteTo(XmlWriter xmlWriter) => _xml.WriteTo(xmlWriter);

    /// <inheritdoc />
    public override OpenXmlElement CloneNode(bool deep) => new RawElement(Prefix, LocalName, NamespaceUri, _xml);
}
