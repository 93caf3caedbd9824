using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>
/// Reads an HTML page with AngleSharp (no scripts run, nothing fetched): headline, site, canonical URL, publication
/// date and the main text without page furniture. Parsing stops at the depth cap or when the budget is spent (<see cref="HtmlParseGuard"/>).
/// </summary>
internal static class HtmlArticleExtractor
{
    /// <summary>
    /// Parses <paramref name="html"/> and extracts the article; throws <see cref="HtmlTooDeepException"/> past the cap and
    /// <see cref="HtmlTooSlowException"/> once <paramref name="budget"/> is spent.
    /// </summary>
    public static ExtractedArticle Extract(string html, int maxDepth, ParseBudget? budget = null, TimeZoneInfo? zone = null)
    {
        using var document = HtmlParseGuard.Parse(html, maxDepth, budget);

        var jsonLd = JsonLdArticle.Find(document.QuerySelectorAll("script[type]")
            .Where(s => s.GetAttribute("type")!.Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase))
            .Select(s => s.TextContent));
        var root = HtmlContentRoot.Find(document, maxDepth, budget);
        var site = Meta(document, "og:site_name") ?? jsonLd?.Publisher;
        var (published, publishedSource) = PublicationDate(document, jsonLd, zone);

        return new ExtractedArticle
        {
            Title = Title(document, jsonLd, root, site, maxDepth),
            Site = site,
            Url = CanonicalUrl.Find(document, Meta(document, "og:url"), jsonLd?.Url),
            Published = published,
            PublishedSource = publishedSource,
            Blocks = root is null ? [] : HtmlBlockWalker.Walk(root, maxDepth),
        };
    }

    /// <summary>The value when it is an absolute http or https URL, else null.</summary>
    internal static string? AbsoluteHttpUrl(string? value) => CanonicalUrl.AbsoluteHttp(value);

    private static string? Title(IHtmlDocument document, JsonLdArticle? jsonLd, IElement? root, string? site, int maxDepth)
    {
        var h1 = root?.QuerySelectorAll("h1").FirstOrDefault(h => !HasFurnitureAncestor(h, root))
            ?? document.QuerySelector("h1");
        return WithoutKnownSite(Meta(document, "og:title"), site)
            ?? WithoutKnownSite(jsonLd?.Headline, site)
            ?? (h1 is null ? null : HtmlBlockWalker.TextOf(h1, maxDepth) is { Length: > 0 } heading ? heading : null)
            ?? TitleWithoutSiteSuffix(ArticleText.Normalize(document.Title ?? string.Empty), site);
    }

    // Some sites repeat their name in og:title too; only an exact site-name suffix is dropped there.
    private static string? WithoutKnownSite(string? title, string? site) =>
        title is null || site is null ? title : TitleWithoutSiteSuffix(title, site, onlyExactSite: true);

    /// <summary>Drops a trailing " | Site" (or " - Site", " — Site") from a page title.</summary>
    internal static string? TitleWithoutSiteSuffix(string title, string? site, bool onlyExactSite = false)
    {
        if (title.Length == 0)
        {
            return null;
        }

        foreach (var separator in new[] { " | ", " \u2014 ", " \u2013 ", " - ", " :: ", " \u00B7 " })
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var suffix = title[(at + separator.Length)..];
            var isSite = (site is not null && suffix.Equals(site, StringComparison.OrdinalIgnoreCase))
                || (!onlyExactSite && ArticleText.CountWords(suffix) <= 4);
            if (isSite)
            {
                return title[..at].Trim();
            }
        }

        return title;
    }

    private static (DateOnly? Date, string? Source) PublicationDate(IHtmlDocument document, JsonLdArticle? jsonLd, TimeZoneInfo? zone)
    {
        if (ArticleDates.TryParse(jsonLd?.DatePublished, out var date, zone))
        {
            return (date, "json-ld datePublished");
        }

        if (ArticleDates.TryParse(Meta(document, "article:published_time"), out date, zone)
            || ArticleDates.TryParse(document.QuerySelector("meta[itemprop=datePublished]")?.GetAttribute("content"), out date, zone))
        {
            return (date, "meta article:published_time");
        }

        var body = document.Body;
        var times = document.QuerySelectorAll("time[datetime]")
            .Where(t => body is null || !HasFurnitureAncestor(t, body, allowHeader: true))
            .OrderByDescending(t => t.HasAttribute("pubdate") || t.GetAttribute("itemprop") == "datePublished");
        foreach (var time in times)
        {
            if (ArticleDates.TryParse(time.GetAttribute("datetime"), out date, zone))
            {
                return (date, "time datetime");
            }
        }

        return (null, null);
    }

    /// <summary>True when an element between <paramref name="element"/> and <paramref name="stopAt"/> is furniture.</summary>
    internal static bool HasFurnitureAncestor(IElement element, IElement stopAt, bool allowHeader = false)
    {
        for (var e = element.ParentElement; e is not null && e != stopAt; e = e.ParentElement)
        {
            if (allowHeader && e.LocalName == "header")
            {
                continue;
            }

            if (HtmlFurniture.IsFurniture(e) && !(allowHeader && HtmlFurniture.IsHeaderish(e)))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Meta(IHtmlDocument document, string key)
    {
        foreach (var meta in document.QuerySelectorAll("meta[content]"))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name");
            if (name is not null && name.Trim().Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                var content = ArticleText.Normalize(meta.GetAttribute("content")!);
                return content.Length > 0 ? content : null;
            }
        }

        return null;
    }
}
