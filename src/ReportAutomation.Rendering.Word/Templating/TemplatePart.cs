using DocumentFormat.OpenXml;

namespace ReportAutomation.Rendering.Word.Templating;

/// <summary>
/// One place of a Word template that holds content: the body, a header, a footer, one footnote or endnote, in the part
/// at <paramref name="PartUri"/> whose root element (as read from the template) is <paramref name="PartRoot"/>.
/// </summary>
internal sealed record TemplatePart(string Label, Uri PartUri, OpenXmlElement PartRoot, OpenXmlElement Container, bool IsBody)
{
    /// <summary>The scanned content, set once scanned.</summary>
    public List<MemoNode> Nodes { get; set; } = [];
}
