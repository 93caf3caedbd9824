using DocumentFormat.OpenXml;

namespace ReportAutomation.Rendering.Word.Templating;

/// <summary>One place of a Word template that holds content: the body, a header, a footer, one footnote or endnote.</summary>
internal sealed record TemplatePart(string Label, OpenXmlElement PartRoot, OpenXmlElement Container, bool IsBody)
{
    /// <summary>The scanned content, set once scanned.</summary>
    public List<MemoNode> Nodes { get; set; } = [];
}
