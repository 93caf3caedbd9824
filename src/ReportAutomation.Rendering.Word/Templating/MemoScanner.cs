using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportAutomation.Core.Charts;
using ReportAutomation.Core.Templates;
using ReportAutomation.Core.Templates.Checking;
using ReportAutomation.Rendering.Word.Docx;

namespace ReportAutomation.Rendering.Word.Templating;

/// <summary>
/// Reads one part of a Word template (body, header, footer, footnotes) into <see cref="MemoNode"/>s with Core's
/// template engine: block tags on paragraphs of their own open and close loops and conditions, a table row whose first
/// cell starts a loop repeats, every placeholder is parsed and checked against the model with its paragraph's location.
/// </summary>
internal sealed class MemoScanner(TemplateEngine engine, PartLocations locations, TemplateCache templates, List<TemplateError> errors, bool chartsAllowed)
{
    /// <summary>Scans the children of a container (body, header, table cell, text box).</summary>
    public List<MemoNode> Container(IEnumerable<OpenXmlElement> children, TemplateScopeShape shape)
    {
        var root = new Frame(null, null, shape, null);
        var stack = new Stack<Frame>();
        stack.Push(root);
        foreach (var child in children)
        {
            var frame = stack.Peek();
            if (child is Paragraph paragraph && BlockTag(paragraph) is { } tag)
            {
                Block(paragraph, tag, stack);
                continue;
            }

            frame.Current.Add(Element(child, frame.Shape));
        }

        while (stack.Count > 1)
        {
            var open = stack.Pop();
            errors.Add(new TemplateError(open.Location!, $"{{% {open.Tag} %}} is not closed: put {{% end{open.Kind} %}} on a paragraph of its own further down, in the same table cell (or outside tables if it started outside)"));
        }

        return root.Current;
    }

    private void Block(Paragraph paragraph, string tag, Stack<Frame> stack)
    {
        var location = locations.Of(paragraph);
        var word = tag.Split(' ', 2)[0];
        var frame = stack.Peek();
        switch (word)
        {
            case "for" or "if":
                var directive = engine.ParseRowDirective([$"{{% {tag} %}}", $"{{% end{word} %}}"], location, out var found);
                errors.AddRange(found);
                var inner = frame.Shape;
                if (directive is not null)
                {
                    errors.AddRange(engine.Check(directive, frame.Shape));
                    inner = engine.ShapeInside(directive, frame.Shape);
                }

                stack.Push(new Frame(word, tag, inner, location) { Directive = directive });
                break;
            case "else" when frame.Kind == "if" && !frame.InElse:
                frame.InElse = true;
                break;
            case "endfor" or "endif" when frame.Kind == word[3..]:
                stack.Pop();
                if (frame.Directive is { } done)
                {
                    stack.Peek().Current.Add(word == "endfor"
                        ? new LoopNode(done, frame.Then)
                        : new ConditionNode(done, frame.Then, frame.Else));
                }

                break;
            case "endfor" or "endif" or "else":
                var opener = word == "else" ? "if" : word[3..];
                var inside = frame.Kind is null ? string.Empty : $" (the open block is {{% {frame.Tag} %}} at {frame.Location!.Place})";
                errors.Add(new TemplateError(location, $"{{% {word} %}} without a matching {{% {opener} … %}} in the same table cell or body{inside}"));
                break;
            case "chart":
                var id = tag.Split(' ', 2).ElementAtOrDefault(1)?.Trim().Trim('"', '\'') ?? string.Empty;
                if (PackCharts.Find(id) is not { } chart)
                {
                    errors.Add(new TemplateError(location, $"unknown chart '{id}'; use one of {string.Join(", ", PackCharts.Ids)}", DidYouMean.Closest(id, PackCharts.Ids)));
                }
                else if (!chartsAllowed)
                {
                    errors.Add(new TemplateError(location, "a chart can only be placed in the document body, not in a header, footer or footnote"));
                }
                else
                {
                    frame.Current.Add(new ChartNode(chart, paragraph));
                }

                break;
            default:
                frame.Current.Add(Element(paragraph, frame.Shape));
                break;
        }
    }

    private MemoNode Element(OpenXmlElement element, TemplateScopeShape shape) => element switch
    {
        Paragraph paragraph => Paragraph(paragraph, shape),
        Table table => Table(table, shape),
        _ => Copy(element),
    };

    // Content controls and other wrappers are copied as they are: a placeholder inside one is reported, not left unfilled.
    private CopyNode Copy(OpenXmlElement element)
    {
        if (element.Descendants<Paragraph>().FirstOrDefault(HasTag) is { } tagged)
        {
            errors.Add(new TemplateError(locations.Of(tagged), $"placeholders inside a {element.LocalName} element (e.g. a content control) are not filled; move them out of it"));
        }

        return new CopyNode(element);
    }

    private MemoNode Paragraph(Paragraph paragraph, TemplateScopeShape shape)
    {
        var boxes = paragraph.Descendants<TextBoxContent>().Select(box => (IReadOnlyList<MemoNode>)Container(box.ChildElements, shape)).ToList();
        var runs = paragraph.Elements<Run>().ToList();

        // The tag each child is (null for a child that is not a tag run): read once, then found again by position.
        var childTags = paragraph.ChildElements.Select(c => c is Run run ? Runs.TagOf(run) : null).ToList();
        if (childTags.All(t => t is null))
        {
            return boxes.Count == 0 ? new CopyNode(paragraph) : new ParagraphNode(paragraph, locations.Of(paragraph), null, NoTags(paragraph), boxes);
        }

        var location = locations.Of(paragraph);
        if (childTags.Any(t => t?.StartsWith("{%", StringComparison.Ordinal) == true))
        {
            // Inline tags (an if around a few words) need the paragraph's text as one template: it takes its first run's format.
            var whole = string.Concat(runs.Select(Runs.TextOf));
            return new ParagraphNode(paragraph, location, templates.Get(whole, location, shape), NoTags(paragraph), boxes);
        }

        // Each placeholder is parsed and checked where it is; the filler finds it again by the child's position.
        var perChild = childTags.Select(tag => tag is null ? null : templates.Get(tag, location, shape)).ToList();
        return new ParagraphNode(paragraph, location, null, perChild, boxes);
    }

    private static ParsedTemplate?[] NoTags(Paragraph paragraph) => new ParsedTemplate?[paragraph.ChildElements.Count];

    private TableNode Table(Table table, TemplateScopeShape shape)
    {
        var rows = new List<RowNode>();
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = row.Elements<TableCell>().ToList();
            var texts = cells.Select(c => (string?)string.Concat(c.Descendants<Run>().Select(Runs.TextOf))).ToList();
            var first = cells.FirstOrDefault()?.Descendants<Paragraph>().FirstOrDefault();
            var location = first is null ? new TemplateLocation(string.Empty, string.Empty) : locations.Of(first);
            var directive = engine.ParseRowDirective(texts, location with { Place = "table row at " + location.Place }, out var found);
            errors.AddRange(found);
            var inner = shape;
            if (directive is not null)
            {
                errors.AddRange(engine.Check(directive, shape));
                inner = engine.ShapeInside(directive, shape);
                StripRowTags(cells, texts);
            }

            rows.Add(new RowNode(row, [.. cells.Select(c => (IReadOnlyList<MemoNode>)Container(c.ChildElements, inner))], directive));
        }

        return new TableNode(table, rows);
    }

    // The row's opening tag is the first run of its first filled cell, its closing tag the last run of its last (merged runs).
    private static void StripRowTags(List<TableCell> cells, List<string?> texts)
    {
        var first = texts.FindIndex(t => !string.IsNullOrWhiteSpace(t));
        var last = texts.FindLastIndex(t => !string.IsNullOrWhiteSpace(t));
        cells[first].Descendants<Run>().First(r => Runs.TagOf(r) is not null).Remove();
        cells[last].Descendants<Run>().Last(r => Runs.TagOf(r) is not null).Remove();
    }

    private static bool HasTag(Paragraph paragraph) => paragraph.Elements<Run>().Any(r => Runs.TagOf(r) is not null);

    // A paragraph that holds one {% … %} tag and nothing else (spaces aside) is a block tag.
    private static string? BlockTag(Paragraph paragraph)
    {
        string? tag = null;
        foreach (var child in paragraph.ChildElements)
        {
            switch (child)
            {
                case ParagraphProperties or BookmarkStart or BookmarkEnd or CommentRangeStart or CommentRangeEnd or ProofError:
                    continue;
                case Run run when Runs.TagOf(run) is { } found && found.StartsWith("{%", StringComparison.Ordinal) && tag is null:
                    tag = found;
                    continue;
                case Run run when Runs.IsText(run) && string.IsNullOrWhiteSpace(Runs.TextOf(run)):
                    continue;
                default:
                    return null;
            }
        }

        if (tag is null)
        {
            return null;
        }

        var inner = tag[2..^2].Trim('-', ' ', '\t');
        var word = inner.Split(' ', 2)[0];
        return word is "for" or "endfor" or "if" or "else" or "endif" or "chart" ? inner : null;
    }

    private sealed class Frame(string? kind, string? tag, TemplateScopeShape shape, TemplateLocation? location)
    {
        public string? Kind => kind;

        public string? Tag => tag;

        public TemplateScopeShape Shape => shape;

        public TemplateLocation? Location => location;

        public RowDirective? Directive { get; init; }

        public bool InElse { get; set; }

        public List<MemoNode> Then { get; } = [];

        public List<MemoNode> Else { get; } = [];

        public List<MemoNode> Current => InElse ? Else : Then;
    }
}
