using System.Text;
using AngleSharp.Dom;
using ReportAutomation.Core.Model;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>Walks an HTML content element in reading order and emits its headings, paragraphs and list items.</summary>
internal sealed class HtmlBlockWalker
{
    private const double NavigationLinkDensity = 0.9;
    private const double LinkListItemDensity = 0.8;

    private static readonly HashSet<string> InlineTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "del", "ins", "nobr", "tt", "strike", "big", "wbr", "br",
    };

    private static readonly HashSet<string> ParagraphTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "blockquote", "pre", "dt", "dd", "address", "summary",
    };

    private readonly int _maxDepth;
    private readonly List<RawBlock> _blocks = [];
    private readonly StringBuilder _inline = new();

    private HtmlBlockWalker(int maxDepth)
    {
        _maxDepth = maxDepth;
    }

    /// <summary>The blocks of <paramref name="root"/>; throws <see cref="HtmlTooDeepException"/> past <paramref name="maxDepth"/>.</summary>
    public static IReadOnlyList<RawBlock> Walk(IElement root, int maxDepth)
    {
        var walker = new HtmlBlockWalker(maxDepth);
        walker.WalkChildren(root, 0);
        walker.Flush();
        return walker._blocks;
    }

    /// <summary>The readable text of <paramref name="element"/>: hidden and furniture descendants left out.</summary>
    public static string TextOf(IElement element, int maxDepth)
    {
        var sb = new StringBuilder();
        AppendText(element, sb, 0, maxDepth);
        return ArticleText.Normalize(sb.ToString());
    }

    private void WalkChildren(IElement element, int depth)
    {
        if (depth > _maxDepth)
        {
            throw new HtmlTooDeepException(depth);
        }

        foreach (var node in element.ChildNodes)
        {
            if (node is IText text)
            {
                _inline.Append(text.Data);
                continue;
            }

            if (node is IElement child && !HtmlFurniture.IsFurniture(child))
            {
                VisitElement(child, depth + 1);
            }
        }
    }

    private void VisitElement(IElement element, int depth)
    {
        var tag = element.LocalName;
        if (InlineTags.Contains(tag))
        {
            if (tag == "br")
            {
                _inline.Append(' ');
            }
            else
            {
                AppendText(element, _inline, depth, _maxDepth);
            }

            return;
        }

        Flush();
        if (tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
        {
            Emit(ArticleBlockKind.Heading, TextOf(element, _maxDepth - depth), isListItem: false);
        }
        else if ((ParagraphTags.Contains(tag) || tag == "li") && !HasBlockChildren(element))
        {
            EmitParagraph(element, isListItem: tag == "li", depth);
        }
        else if (tag is "ul" or "ol" && IsLinkList(element, depth))
        {
            // A list made only of links is navigation or "related stories", not article text.
        }
        else if (tag == "tr")
        {
            var cells = element.Children.Where(c => c.LocalName is "td" or "th").Select(c => TextOf(c, _maxDepth - depth));
            Emit(ArticleBlockKind.Paragraph, string.Join(" | ", cells.Where(c => c.Length > 0)), isListItem: false);
        }
        else
        {
            WalkChildren(element, depth);
        }

        Flush();
    }

    private void EmitParagraph(IElement element, bool isListItem, int depth)
    {
        var text = TextOf(element, _maxDepth - depth);
        if (text.Length > 0 && LinkDensity(element, text, depth) < NavigationLinkDensity)
        {
            Emit(ArticleBlockKind.Paragraph, text, isListItem);
        }
    }

    private void Flush()
    {
        if (_inline.Length == 0)
        {
            return;
        }

        Emit(ArticleBlockKind.Paragraph, ArticleText.Normalize(_inline.ToString()), isListItem: false);
        _inline.Clear();
    }

    private void Emit(ArticleBlockKind kind, string text, bool isListItem)
    {
        if (text.Length > 0)
        {
            _blocks.Add(new RawBlock(kind, text, isListItem));
        }
    }

    private bool IsLinkList(IElement list, int depth)
    {
        var items = list.Children.Where(c => c.LocalName == "li").ToList();
        return items.Count >= 2 && items.All(li =>
        {
            var text = TextOf(li, _maxDepth - depth);
            return text.Length == 0 || LinkDensity(li, text, depth) >= LinkListItemDensity;
        });
    }

    private double LinkDensity(IElement element, string text, int depth)
    {
        var linkChars = element.QuerySelectorAll("a").Sum(a => TextOf(a, _maxDepth - depth).Length);
        return text.Length == 0 ? 0 : Math.Min(1.0, (double)linkChars / text.Length);
    }

    private static bool HasBlockChildren(IElement element) =>
        element.Children.Any(c => !InlineTags.Contains(c.LocalName) && !HtmlFurniture.IsFurniture(c));

    private static void AppendText(IElement element, StringBuilder sb, int depth, int maxDepth)
    {
        if (depth > maxDepth)
        {
            throw new HtmlTooDeepException(depth);
        }

        foreach (var node in element.ChildNodes)
        {
            if (node is IText text)
            {
                sb.Append(text.Data);
            }
            else if (node is IElement child && !HtmlFurniture.IsFurniture(child))
            {
                var separate = !InlineTags.Contains(child.LocalName) || child.LocalName == "br";
                if (separate)
                {
                    sb.Append(' ');
                }

                AppendText(child, sb, depth + 1, maxDepth);
                if (separate)
                {
                    sb.Append(' ');
                }
            }
        }
    }
}
