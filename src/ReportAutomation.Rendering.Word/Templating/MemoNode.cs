using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportAutomation.Core.Charts;
using ReportAutomation.Core.Templates;

namespace ReportAutomation.Rendering.Word.Templating;

/// <summary>One piece of a scanned template part: what to copy, fill, repeat or keep conditionally.</summary>
internal abstract record MemoNode;

/// <summary>An element without any tag: copied as it is.</summary>
internal sealed record CopyNode(OpenXmlElement Element) : MemoNode;

/// <summary>
/// A paragraph with placeholders (or text boxes holding some); <paramref name="Whole"/> fills all its text at once (it has
/// inline tags), else <paramref name="Tags"/> holds, per child of the paragraph, the placeholder that child run is (null: copied).
/// </summary>
internal sealed record ParagraphNode(
    Paragraph Paragraph, TemplateLocation Location, ParsedTemplate? Whole, IReadOnlyList<ParsedTemplate?> Tags, IReadOnlyList<IReadOnlyList<MemoNode>> TextBoxes) : MemoNode;

/// <summary>Paragraphs, tables and headings repeated once per item (<c>{% for %}</c> … <c>{% endfor %}</c> on paragraphs of their own).</summary>
internal sealed record LoopNode(RowDirective Loop, IReadOnlyList<MemoNode> Body) : MemoNode;

/// <summary>Content kept when a condition holds (<c>{% if %}</c> … <c>{% else %}</c> … <c>{% endif %}</c> on paragraphs of their own).</summary>
internal sealed record ConditionNode(RowDirective Condition, IReadOnlyList<MemoNode> Then, IReadOnlyList<MemoNode> Else) : MemoNode;

/// <summary>A native Word chart (<c>{% chart id %}</c> on a paragraph of its own).</summary>
internal sealed record ChartNode(ChartDescription Chart, Paragraph Paragraph) : MemoNode;

/// <summary>A table whose rows may be filled, repeated or removed.</summary>
internal sealed record TableNode(Table Table, IReadOnlyList<RowNode> Rows) : MemoNode;

/// <summary>A table row: its cells' contents, and the row loop or condition it carries (null for an ordinary row).</summary>
internal sealed record RowNode(TableRow Row, IReadOnlyList<IReadOnlyList<MemoNode>> Cells, RowDirective? Directive);
