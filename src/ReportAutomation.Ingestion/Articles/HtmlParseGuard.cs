using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>
/// Parses a page with AngleSharp (scripting off, nothing fetched) while watching the tree it builds: parsing stops as
/// soon as an element lands at the depth cap, or when the page's time budget is spent.
/// </summary>
/// <remarks>
/// The depth is read from the real tree (each new element's ancestors, counted once it is inserted; template contents
/// count through their template), not from a separate scan of the markup, so comments, raw text, foreign content and
/// misnested tags cannot hide nesting. AngleSharp itself stops nesting at <see cref="ParserNestingCeiling"/> and appends
/// deeper elements as siblings while its cost keeps growing, so reaching that depth counts as too deep whatever the cap.
/// </remarks>
internal sealed class HtmlParseGuard
{
    /// <summary>The depth (counting <c>html</c> as 1) past which AngleSharp appends elements instead of nesting them.</summary>
    public const int ParserNestingCeiling = 512;

    private readonly int _limit;
    private readonly ParseBudget? _budget;
    private readonly Dictionary<INode, IElement> _templates = new(ReferenceEqualityComparer.Instance);
    private IElement? _pending;

    private HtmlParseGuard(int limit, ParseBudget? budget)
    {
        _limit = limit;
        _budget = budget;
    }

    /// <summary>The cap actually applied for <paramref name="maxDepth"/>: a page whose elements reach it is rejected.</summary>
    public static int EffectiveLimit(int maxDepth) => Math.Clamp(maxDepth, 1, ParserNestingCeiling);

    /// <summary>
    /// Parses <paramref name="html"/>; throws <see cref="HtmlTooDeepException"/> when an element reaches
    /// <see cref="EffectiveLimit"/> and <see cref="HtmlTooSlowException"/> when <paramref name="budget"/> is spent.
    /// </summary>
    public static IHtmlDocument Parse(string html, int maxDepth, ParseBudget? budget)
    {
        var guard = new HtmlParseGuard(EffectiveLimit(maxDepth), budget);
        var options = new HtmlParserOptions
        {
            IsScripting = false,
            OnToken = (_, _) => guard.Check(),
            OnCreated = (element, _) => guard.Created(element),
        };
        var document = new HtmlParser(options).ParseDocument(html);
        try
        {
            guard.Check();
        }
        catch
        {
            document.Dispose();
            throw;
        }

        return document;
    }

    private void Created(IElement element)
    {
        Check();
        _pending = element;
        if (element is IHtmlTemplateElement template)
        {
            _templates[template.Content] = template;
        }
    }

    // Called before every token and every new element, so the previous element has been inserted by now.
    private void Check()
    {
        _budget?.ThrowIfSpent();
        if (_pending is null)
        {
            return;
        }

        var depth = 0;
        INode? node = _pending;
        _pending = null;
        while (node is not null)
        {
            if (node is IElement && ++depth >= _limit)
            {
                throw new HtmlTooDeepException(depth);
            }

            node = node.Parent ?? _templates.GetValueOrDefault(node);
        }
    }
}
