namespace ReportAutomation.Core.Templates;

/// <summary>A hyperlink produced by the <c>link</c> filter; <see cref="Url"/> is null unless it is an absolute http/https address.</summary>
/// <param name="Text">The text to show.</param>
/// <param name="Url">The safe target address, or null (then the value is plain text).</param>
public sealed record LinkValue(string Text, string? Url)
{
    /// <summary>Makes a link, keeping <paramref name="url"/> only when it is an absolute http or https address.</summary>
    public static LinkValue Create(string? text, string? url)
    {
        var safe = SafeUrl(url);
        var shown = string.IsNullOrEmpty(text) ? safe ?? string.Empty : text;
        return new LinkValue(shown, safe);
    }

    /// <summary>Returns the address when it is an absolute http/https URL without spaces or control characters, else null.</summary>
    public static string? SafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var trimmed = url.Trim();
        if (trimmed.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return null;
        }

        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) ||
            (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) ||
            string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        return trimmed;
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
