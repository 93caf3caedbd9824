using System.Runtime.CompilerServices;
using AngleSharp.Dom;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>Decides which HTML elements are page furniture or hidden, from their tag, role, class and id.</summary>
internal static class HtmlFurniture
{
    private static readonly HashSet<string> FurnitureTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "header", "footer", "aside", "script", "style", "noscript", "template", "form", "button", "select", "input",
        "textarea", "label", "iframe", "svg", "canvas", "object", "embed", "dialog", "figcaption", "menu", "video", "audio",
        "picture", "img", "map", "link", "meta", "head", "title",
    };

    private static readonly HashSet<string> FurnitureRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu", "menubar",
        "toolbar", "alert", "status", "tooltip",
    };

    // Words of class names and ids that mark furniture whatever the element holds (split at - _ spaces and camelCase).
    private static readonly HashSet<string> StrongTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "breadcrumb", "breadcrumbs", "sidebar", "aside", "widget", "cookie", "cookies", "consent", "gdpr", "ccpa", "share",
        "sharing", "sharebar", "sharebox", "sharelinks", "sharetools", "shares", "social", "sociallinks", "comment", "comments",
        "commentlist", "cmt", "cmts", "discussion", "discussions", "disqus", "respond", "replies", "related", "recommended",
        "recommendations", "outbrain", "taboola", "newsletter", "subscribe", "signup", "optin", "advert", "advertisement",
        "ad", "ads", "adslot", "disclaimer", "disclosure", "trending", "popular", "mostread",
    };

    // Words that usually mark furniture but also appear on layout wrappers ("wrapper header-fixed" around the whole
    // page): they count only when the element holds less than half of the page's text and no headline or main part.
    private static readonly HashSet<string> LayoutTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "navbar", "navigation", "menu", "header", "masthead", "footer", "paywall", "promo", "subscription", "sponsor",
        "sponsored", "popup", "modal", "overlay", "banner", "toolbar", "tags", "tagcloud", "byline", "byl", "author", "authors",
        "bio", "skip", "skiplink", "print", "more", "teaser", "pagination", "pager", "jump", "toc", "caption", "credit",
        "kicker", "eyebrow", "overline", "dateline", "meta", "metadata",
    };

    private const double LayoutShareOfPage = 0.5;

    // Answers are remembered per element (and the page's text length per document), because ancestors are asked
    // about once per paragraph and a layout check reads the element's whole text.
    private static readonly ConditionalWeakTable<IElement, StrongBox<bool>> Verdicts = [];
    private static readonly ConditionalWeakTable<IDocument, StrongBox<int>> PageTextLengths = [];

    // Words that mark the article itself; an element carrying one is never dropped by a furniture class word.
    private static readonly HashSet<string> ContentTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "article", "body", "content", "main", "story", "entry", "post", "text", "prose",
    };

    // Class names that hide an element from sighted readers (whole class names, so "overflow-hidden" does not count).
    private static readonly HashSet<string> HiddenClasses = new(StringComparer.OrdinalIgnoreCase)
    {
        "hidden", "hide", "is-hidden", "u-hidden", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
        "screen-reader-only", "invisible", "d-none",
    };

    /// <summary>True when <paramref name="element"/> and everything inside it is furniture or hidden.</summary>
    public static bool IsFurniture(IElement element) =>
        Verdicts.GetValue(element, e => new StrongBox<bool>(Decide(e))).Value;

    private static bool Decide(IElement element)
    {
        var tag = element.LocalName;
        if (tag is "article" or "main" or "body" or "html")
        {
            return IsHidden(element);
        }

        if (FurnitureTags.Contains(tag) || IsHidden(element))
        {
            return true;
        }

        if (element.GetAttribute("role") is { } role && FurnitureRoles.Contains(role.Trim()))
        {
            return true;
        }

        if (IsDateline(element))
        {
            return true;
        }

        var words = NameWords(element);
        if (words.Count == 0 || words.Contains(NameWord.Content))
        {
            return false;
        }

        return words.Contains(NameWord.Strong) || (words.Contains(NameWord.Layout) && !IsLayoutWrapper(element));
    }

    // What each class name and the id say, each by its last known word: in "nm-article__byline" or "post-comment" the
    // last word names the part ("byline", "comment"), the earlier ones the block it belongs to ("article", "post").
    private static HashSet<NameWord> NameWords(IElement element)
    {
        var verdicts = new HashSet<NameWord>();
        foreach (var name in element.ClassList.Append(element.Id ?? string.Empty))
        {
            var tokens = new List<string>();
            AddTokens(tokens, name);
            for (var i = tokens.Count - 1; i >= 0; i--)
            {
                var word = Classify(tokens[i]);
                if (word != NameWord.None)
                {
                    verdicts.Add(word);
                    break;
                }
            }
        }

        return verdicts;
    }

    private static NameWord Classify(string token) =>
        ContentTokens.Contains(token) ? NameWord.Content
        : StrongTokens.Contains(token) ? NameWord.Strong
        : LayoutTokens.Contains(token) ? NameWord.Layout
        : NameWord.None;

    private enum NameWord
    {
        None,
        Content,
        Strong,
        Layout,
    }

    // An element holding the headline, the main part, or most of the page's text is layout, not furniture.
    private static bool IsLayoutWrapper(IElement element)
    {
        if (element.QuerySelector("h1, main, [role=main], [itemprop=articleBody]") is not null)
        {
            return true;
        }

        if (element.Owner is not { Body: { } body } document)
        {
            return false;
        }

        var pageLength = PageTextLengths.GetValue(document, _ => new StrongBox<int>(body.TextContent.Length)).Value;
        return element.TextContent.Length >= pageLength * LayoutShareOfPage;
    }

    // A short line carrying a <time> that is not a sentence ("Newsroom • Nov 18, 2026 • Tickers: META") is a dateline,
    // whatever its class: its date is read from the <time> element, its text is not body text.
    private static bool IsDateline(IElement element)
    {
        if (element.LocalName is not ("p" or "div" or "span" or "li") || element.QuerySelector("time") is null)
        {
            return false;
        }

        var text = element.TextContent.Trim();
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= MaxDatelineWords && !text.EndsWith('.') && !text.EndsWith('!') && !text.EndsWith('?');
    }

    private const int MaxDatelineWords = 20;

    /// <summary>True for an article's own header or byline, which carries its date though it is not body text.</summary>
    public static bool IsHeaderish(IElement element) =>
        element.LocalName == "header" || IsDateline(element) || Tokens(element).Any(t => t.ToLowerInvariant() is "header" or "byline" or "author" or "dateline");

    /// <summary>True when the page hides <paramref name="element"/> from readers.</summary>
    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (element.ClassList.Any(HiddenClasses.Contains))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is null)
        {
            return false;
        }

        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    private static List<string> Tokens(IElement element)
    {
        var tokens = new List<string>();
        AddTokens(tokens, element.ClassName);
        AddTokens(tokens, element.Id);
        return tokens;
    }

    private static void AddTokens(List<string> tokens, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        foreach (var part in value.Split([' ', '\t', '\n', '-', '_', '.', ':'], StringSplitOptions.RemoveEmptyEntries))
        {
            tokens.Add(part);

            // camelCase ids such as "cookieBanner" or "shareBar" carry their words inside one token.
            var start = 0;
            for (var i = 1; i < part.Length; i++)
            {
                if (char.IsUpper(part[i]) && char.IsLower(part[i - 1]))
                {
                    tokens.Add(part[start..i]);
                    start = i;
                }
            }

            if (start > 0)
            {
                tokens.Add(part[start..]);
            }
        }
    }
}
