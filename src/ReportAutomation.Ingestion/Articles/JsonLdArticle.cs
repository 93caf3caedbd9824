using System.Text.Json;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>The article facts a page states in its JSON-LD (schema.org) blocks.</summary>
/// <param name="Headline">schema.org <c>headline</c> (or <c>name</c>).</param>
/// <param name="DatePublished">schema.org <c>datePublished</c>, as written.</param>
/// <param name="Url">schema.org <c>url</c> (or <c>mainEntityOfPage</c>), as written.</param>
/// <param name="Publisher">schema.org <c>publisher.name</c>.</param>
internal sealed record JsonLdArticle(string? Headline, string? DatePublished, string? Url, string? Publisher)
{
    private static readonly JsonDocumentOptions Options = new()
    {
        MaxDepth = 64,
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Finds the article node among the page's JSON-LD blocks; blocks that are not valid JSON are skipped.</summary>
    public static JsonLdArticle? Find(IEnumerable<string> scripts)
    {
        JsonLdArticle? fallback = null;
        foreach (var script in scripts)
        {
            try
            {
                using var doc = JsonDocument.Parse(script, Options);
                foreach (var node in Nodes(doc.RootElement))
                {
                    if (IsArticleType(node))
                    {
                        return From(node);
                    }

                    if (fallback is null && node.TryGetProperty("headline", out _))
                    {
                        fallback = From(node);
                    }
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common on real pages; the other metadata still applies.
            }
        }

        return fallback;
    }

    private static IEnumerable<JsonElement> Nodes(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray().SelectMany(Nodes))
            {
                yield return item;
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
            {
                foreach (var item in Nodes(graph))
                {
                    yield return item;
                }
            }
        }
    }

    private static bool IsArticleType(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return false;
        }

        var types = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)
            : type.ValueKind == JsonValueKind.String ? [type.GetString()!] : [];
        return types.Any(t => t.EndsWith("Article", StringComparison.OrdinalIgnoreCase)
            || t.EndsWith("BlogPosting", StringComparison.OrdinalIgnoreCase)
            || t.Equals("Report", StringComparison.OrdinalIgnoreCase));
    }

    private static JsonLdArticle From(JsonElement node) => new(
        Text(node, "headline") ?? Text(node, "name"),
        Text(node, "datePublished"),
        Text(node, "url") ?? Reference(node, "mainEntityOfPage"),
        Name(node, "publisher"));

    private static string? Text(JsonElement node, string property) =>
        node.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? ArticleText.Normalize(value.GetString()!) is { Length: > 0 } s ? s : null
            : null;

    private static string? Reference(JsonElement node, string property)
    {
        if (!node.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object => Text(value, "@id") ?? Text(value, "url"),
            _ => null,
        };
    }

    private static string? Name(JsonElement node, string property)
    {
        if (!node.TryGetProperty(property, out var value))
        {
            return null;
        }

        var first = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().FirstOrDefault() : value;
        return first.ValueKind switch
        {
            JsonValueKind.Object => Text(first, "name"),
            JsonValueKind.String => first.GetString(),
            _ => null,
        };
    }
}
