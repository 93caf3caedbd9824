using AngleSharp.Html.Dom;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>
/// Finds a page's own address: <c>link rel=canonical</c>, then <c>og:url</c>, then JSON-LD <c>url</c>. A relative
/// canonical link is resolved against the page's absolute http(s) <c>&lt;base href&gt;</c> (or, lacking one, its
/// <c>og:url</c>); nothing is fetched, and only http and https results are kept.
/// </summary>
internal static class CanonicalUrl
{
    /// <summary>The page's URL, or null when it names none that is absolute http(s) or resolvable to one.</summary>
    public static string? Find(IHtmlDocument document, string? ogUrl, string? jsonLdUrl)
    {
        var canonical = document.QuerySelector("link[rel~=canonical][href]")?.GetAttribute("href");
        return AbsoluteHttp(canonical)
            ?? Resolve(canonical, AbsoluteHttp(document.QuerySelector("base[href]")?.GetAttribute("href")) ?? AbsoluteHttp(ogUrl))
            ?? AbsoluteHttp(ogUrl)
            ?? AbsoluteHttp(jsonLdUrl);
    }

    /// <summary>The value when it is an absolute http or https URL, else null.</summary>
    public static string? AbsoluteHttp(string? value)
    {
        if (value is null || !Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        return IsHttp(uri) ? uri.AbsoluteUri : null;
    }

    private static string? Resolve(string? relative, string? baseUrl)
    {
        var trimmed = relative?.Trim();
        if (string.IsNullOrEmpty(trimmed) || baseUrl is null || !Uri.TryCreate(new Uri(baseUrl), trimmed, out var uri))
        {
            return null;
        }

        return IsHttp(uri) ? uri.AbsoluteUri : null;
    }

    private static bool IsHttp(Uri uri) => uri.Scheme is "http" or "https";
}
