using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>
/// Picks the element holding a page's main text: the <c>article</c>, <c>main</c>, <c>[role=main]</c> or
/// <c>[itemprop=articleBody]</c> element with the most readable paragraph text, when it holds at least half of the
/// page's; otherwise <c>body</c>.
/// </summary>
/// <remarks>
/// One pass over <c>body</c> in document order marks what sits under furniture (top-down) and one pass in reverse adds up
/// paragraph lengths (bottom-up), so each paragraph's text is read once however many candidates enclose it.
/// </remarks>
internal static class HtmlContentRoot
{
    private const double ContentShareOfPage = 0.5;

    private static readonly string[] ContentSelectors = ["article", "main", "[role=main]", "[itemprop=articleBody]"];

    /// <summary>The content root of <paramref name="document"/>, or null when it has no body.</summary>
    public static IElement? Find(IHtmlDocument document, int maxDepth, ParseBudget? budget = null)
    {
        var body = document.Body;
        if (body is null)
        {
            return null;
        }

        var lengths = ReadableLengths(body, maxDepth, budget);
        var bodyLength = lengths[body].Readable;
        var best = ContentSelectors.SelectMany(s => document.QuerySelectorAll(s))
            .Select(e => lengths.TryGetValue(e, out var known)
                ? (Element: e, Usable: !known.UnderFurniture, Length: known.Readable)
                : (Element: e, Usable: !HtmlArticleExtractor.HasFurnitureAncestor(e, body), Length: ReadableLengthOutsideBody(e, body, maxDepth)))
            .Where(c => c.Usable)
            .OrderByDescending(c => c.Length)
            .FirstOrDefault();
        return best.Element is not null && best.Length >= bodyLength * ContentShareOfPage ? best.Element : body;
    }

    // For body and each element under it: characters of paragraph text strictly inside it, leaving out furniture
    // paragraphs and paragraphs under furniture (below body), and whether the element itself is under furniture.
    private static Dictionary<IElement, (int Readable, bool UnderFurniture)> ReadableLengths(IElement body, int maxDepth, ParseBudget? budget)
    {
        var order = new List<IElement>();
        var parents = new List<int>();
        var underFurniture = new List<bool>();
        var pending = new Stack<(IElement Element, int Parent, bool UnderFurniture)>();
        pending.Push((body, -1, false));
        while (pending.Count > 0)
        {
            budget?.ThrowIfSpent();
            var (element, parent, under) = pending.Pop();
            var index = order.Count;
            order.Add(element);
            parents.Add(parent);
            underFurniture.Add(under);
            var childrenUnder = under || (element != body && HtmlFurniture.IsFurniture(element));
            // Indexing AngleSharp's Children collection walks it from the start: the child nodes list is read directly.
            var children = element.ChildNodes;
            for (var k = children.Length - 1; k >= 0; k--)
            {
                if (children[k] is IElement child)
                {
                    pending.Push((child, index, childrenUnder));
                }
            }
        }

        var own = new int[order.Count];
        var inside = new int[order.Count];
        for (var i = order.Count - 1; i >= 0; i--)
        {
            var element = order[i];
            if (element.LocalName == "p" && !underFurniture[i] && !HtmlFurniture.IsFurniture(element))
            {
                own[i] = HtmlBlockWalker.TextOf(element, maxDepth).Length;
            }

            if (parents[i] >= 0)
            {
                inside[parents[i]] += own[i] + inside[i];
            }
        }

        var lengths = new Dictionary<IElement, (int, bool)>(order.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < order.Count; i++)
        {
            lengths[order[i]] = (inside[i], underFurniture[i]);
        }

        return lengths;
    }

    // A candidate that is not body or under it (html with role=main, say) is rare: measured the direct way.
    private static int ReadableLengthOutsideBody(IElement element, IElement body, int maxDepth) =>
        element.QuerySelectorAll("p").Where(p => !HtmlFurniture.IsFurniture(p) && !HtmlArticleExtractor.HasFurnitureAncestor(p, body))
            .Sum(p => HtmlBlockWalker.TextOf(p, maxDepth).Length);
}
