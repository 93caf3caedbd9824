using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportAutomation.Core.Templates;
using ReportAutomation.Rendering.Word.Docx;

namespace ReportAutomation.Rendering.Word.Templating;

/// <summary>
/// Produces the filled elements of a scanned part for a scope: copies, fills placeholders (text from data is always
/// literal text, never a field or markup), repeats loops and rows, keeps or drops conditions, places charts.
/// </summary>
internal sealed class MemoFiller(TemplateEngine engine, Func<string, string?>? link, Func<ChartNode, Paragraph>? chart)
{
    // A link's run format per template run (keyed by the template's run properties; the filler's own key for none).
    private readonly Dictionary<object, RunProperties> _linkProperties = new(ReferenceEqualityComparer.Instance);

    /// <summary>The filled elements of <paramref name="nodes"/>, streamed.</summary>
    public IEnumerable<OpenXmlElement> Fill(IReadOnlyList<MemoNode> nodes, TemplateScope scope)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case CopyNode copy:
                    yield return copy.Element.CloneNode(true);
                    break;
                case ParagraphNode paragraph:
                    yield return Paragraph(paragraph, scope);
                    break;
                case TableNode table:
                    yield return Table(table, scope);
                    break;
                case LoopNode loop:
                    foreach (var item in Items(loop.Loop, scope))
                    {
                        foreach (var element in Fill(loop.Body, item))
                        {
                            yield return element;
                        }
                    }

                    break;
                case ConditionNode condition:
                    foreach (var element in Fill(engine.EvaluateCondition(condition.Condition, scope) ? condition.Then : condition.Else, scope))
                    {
                        yield return element;
                    }

                    break;
                case ChartNode place when chart is not null:
                    yield return chart(place);
                    break;
            }
        }
    }

    private IEnumerable<TemplateScope> Items(RowDirective loop, TemplateScope scope)
    {
        var index = 0;
        foreach (var item in engine.EvaluateCollection(loop, scope))
        {
            yield return scope.With(loop.Variable!, item, index++);
        }
    }

    private Paragraph Paragraph(ParagraphNode node, TemplateScope scope)
    {
        Paragraph paragraph;
        if (node.Whole is { } whole)
        {
            // The paragraph's text runs become one run with the text, in the first one's place and format; whatever else
            // it holds (its properties, bookmarks, fields) is copied. The text runs themselves are never cloned.
            paragraph = (Paragraph)node.Paragraph.CloneNode(false);
            var filled = false;
            foreach (var child in node.Paragraph.ChildElements)
            {
                if (child is Run run && Runs.IsText(run))
                {
                    if (!filled)
                    {
                        paragraph.AppendChild(new FilledRun(run.RunProperties, whole.Render(scope)));
                        filled = true;
                    }
                }
                else
                {
                    paragraph.AppendChild(child.CloneNode(true));
                }
            }
        }
        else
        {
            // Only what is copied is cloned: a placeholder's run is replaced by its value, built from the template's run.
            paragraph = (Paragraph)node.Paragraph.CloneNode(false);
            var index = 0;
            foreach (var child in node.Paragraph.ChildElements)
            {
                paragraph.AppendChild(node.Tags[index++] is { } tag ? Value(tag, ((Run)child).RunProperties, scope) : child.CloneNode(true));
            }
        }

        var boxes = node.TextBoxes.Count == 0 ? [] : paragraph.Descendants<TextBoxContent>().ToList();
        for (var i = 0; i < boxes.Count && i < node.TextBoxes.Count; i++)
        {
            var filled = Fill(node.TextBoxes[i], scope).ToList();
            boxes[i].RemoveAllChildren();
            boxes[i].Append(filled.Count > 0 ? filled : [new Paragraph()]);
        }

        return paragraph;
    }

    // A link (the `link` filter with an http/https address) becomes a hyperlink in the body; anything else is plain text.
    private OpenXmlElement Value(ParsedTemplate template, RunProperties? properties, TemplateScope scope)
    {
        if (template.HasFormattingFilter && template.Evaluate(scope) is LinkValue value)
        {
            if (value.Url is not null && link?.Invoke(value.Url) is { } id)
            {
                return new Hyperlink(new FilledRun(LinkProperties(properties), value.Text)) { Id = id, History = OnOffValue.FromBoolean(true) };
            }

            return new FilledRun(properties, value.Text);
        }

        return new FilledRun(properties, template.Render(scope));
    }

    // A link's run: the placeholder's format in the link colour, underlined; made once per template run (a digest of
    // thousands of links reuses it).
    private RunProperties LinkProperties(RunProperties? properties)
    {
        var key = (object?)properties ?? _linkProperties;
        if (!_linkProperties.TryGetValue(key, out var linked))
        {
            linked = (RunProperties?)properties?.CloneNode(true) ?? new RunProperties();
            foreach (var child in linked.ChildElements.Where(c => c.NamespaceUri == WordXml.Main && c.LocalName is "color" or "u").ToList())
            {
                child.Remove();
            }

            linked.Append(new Color { Val = "0563C1" }, new Underline { Val = UnderlineValues.Single });
            Order(linked);
            _linkProperties[key] = linked;
        }

        return linked;
    }

    // w:rPr children have a schema order (ECMA-376 CT_RPr); colour and underline are put where it says. By name: the
    // template's own properties are read as XML, not as the SDK's types.
    private static readonly string[] RunPropertyOrder =
    [
        "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof",
        "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd",
        "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish",
    ];

    private static readonly Dictionary<string, int> RunPropertyRank = RunPropertyOrder.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);

    private static void Order(RunProperties properties)
    {
        var children = properties.ChildElements.ToArray();
        var ranks = Array.ConvertAll(children, c => c.NamespaceUri == WordXml.Main ? RunPropertyRank.GetValueOrDefault(c.LocalName, int.MaxValue) : int.MaxValue);
        if (ranks.Zip(ranks.Skip(1)).All(p => p.First <= p.Second))
        {
            return;
        }

        // A stable sort by schema rank (Array.Sort is not stable; the few children are ordered by rank, then position).
        var order = Enumerable.Range(0, children.Length).OrderBy(i => ranks[i]).ThenBy(i => i).Select(i => children[i]).ToList();
        properties.RemoveAllChildren();
        properties.Append(order);
    }

    private Table Table(TableNode node, TemplateScope scope)
    {
        var table = (Table)node.Table.CloneNode(false);
        foreach (var child in node.Table.ChildElements.Where(c => c is not TableRow))
        {
            table.Append(child.CloneNode(true));
        }

        foreach (var row in node.Rows)
        {
            if (row.Directive is null)
            {
                table.Append(Row(row, scope));
            }
            else if (row.Directive.Kind == RowDirectiveKind.Loop)
            {
                foreach (var item in Items(row.Directive, scope))
                {
                    table.Append(Row(row, item));
                }
            }
            else if (engine.EvaluateCondition(row.Directive, scope))
            {
                table.Append(Row(row, scope));
            }
        }

        return table;
    }

    private TableRow Row(RowNode node, TemplateScope scope)
    {
        var row = (TableRow)node.Row.CloneNode(false);
        var cells = node.Row.Elements<TableCell>().ToList();
        foreach (var child in node.Row.ChildElements.Where(c => c is not TableCell))
        {
            row.Append(child.CloneNode(true));
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var cell = (TableCell)cells[i].CloneNode(false);
            if (cells[i].TableCellProperties is { } properties)
            {
                cell.Append(properties.CloneNode(true));
            }

            var content = Fill(node.Cells[i].Where(n => n is not CopyNode { Element: TableCellProperties }).ToList(), scope).ToList();
            cell.Append(content.Any(c => c is DocumentFormat.OpenXml.Wordprocessing.Paragraph or DocumentFormat.OpenXml.Wordprocessing.Table)
                ? content
                : [.. content, new DocumentFormat.OpenXml.Wordprocessing.Paragraph()]);
            row.Append(cell);
        }

        return row;
    }
}
