namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Decides whether a URL may become a hyperlink: absolute http or https only, within Excel's length limit.</summary>
internal static class LinkTarget
{
    /// <summary>The escaped absolute URI to store as the relationship target, or null when the URL must stay plain text.</summary>
    public static string? TryGet(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return null;
        }

        var target = uri.AbsoluteUri;
        return target.Length <= ExcelLimits.MaxUrlLength ? target : null;
    }
}
