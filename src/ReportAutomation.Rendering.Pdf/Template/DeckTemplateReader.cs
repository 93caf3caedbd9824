using System.Text.Json;
using ReportAutomation.Core.Charts;
using ReportAutomation.Core.Templates;
using ReportAutomation.Core.Templates.Checking;
using SkiaSharp;

namespace ReportAutomation.Rendering.Pdf.Template;

/// <summary>
/// Reads a deck template (<c>&lt;pack&gt;-deck.json</c>): JSON (comments and trailing commas allowed) whose texts are in
/// the product's template language. Every problem comes back as a <see cref="TemplateError"/> naming the JSON line or
/// the field's path (<c>slides[3].tiles[1].value</c>); the texts themselves are checked later against the model.
/// </summary>
internal static class DeckTemplateReader
{
    /// <summary>Largest template read (a deck template is a few kilobytes).</summary>
    public const long MaxBytes = 4L * 1024 * 1024;

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 16 };

    private static readonly string[] RootFields = ["document", "page", "theme", "slides"];
    private static readonly string[] DocumentFields = ["title", "subject", "author", "keywords"];
    private static readonly string[] ThemeFields = ["primary", "accent", "text", "muted", "background", "positive", "negative", "logo", "footer", "fonts"];
    private static readonly string[] SlideFields = ["layout", "title", "subtitle", "when", "repeat", "bullets", "tiles", "chart", "rows", "columns", "empty", "cards", "card", "per_slide", "text"];
    private static readonly string[] TileFields = ["label", "value", "delta", "delta_text", "note"];
    private static readonly string[] ColumnFields = ["header", "value", "align", "width"];
    private static readonly string[] CardFields = ["title", "link", "site", "date", "sentiment", "badge", "summary", "figures"];

    /// <summary>Reads <paramref name="path"/>; the spec is null when an error makes it unusable.</summary>
    public static DeckSpec? Read(string path, List<TemplateError> errors)
    {
        var name = Path.GetFileName(path);
        var before = errors.Count;
        if (Load(path, name, errors) is not { } document)
        {
            return null;
        }

        using (document)
        {
            var root = new JsonObjectReader(name, string.Empty, document.RootElement, errors, RootFields);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !root.Has("slides"))
            {
                errors.Add(new TemplateError(new TemplateLocation(name, "slides"), "a deck template is an object with a \"slides\" list"));
                return null;
            }

            var meta = root.Object("document", DocumentFields);
            var spec = new DocumentSpec(meta?.Text("title"), meta?.Text("subject"), meta?.Text("author"), meta?.Text("keywords"));
            var page = ReadPage(root);
            var theme = ReadTheme(root.Object("theme", ThemeFields), Path.GetDirectoryName(Path.GetFullPath(path))!);
            var slides = new List<SlideSpec>();
            foreach (var (at, item) in root.Array("slides"))
            {
                if (ReadSlide(new JsonObjectReader(name, at, item, errors, SlideFields)) is { } slide)
                {
                    slides.Add(slide);
                }
            }

            if (slides.Count == 0 && errors.Count == before)
            {
                errors.Add(new TemplateError(new TemplateLocation(name, "slides"), "has no slide"));
            }

            return new DeckSpec(spec, page, theme, slides);
        }
    }

    private static JsonDocument? Load(string path, string name, List<TemplateError> errors)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxBytes)
            {
                errors.Add(new TemplateError(new TemplateLocation(name, string.Empty), $"is {info.Length:N0} bytes; a deck template may be at most {MaxBytes:N0}"));
                return null;
            }

            bytes = System.IO.File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(new TemplateError(new TemplateLocation(name, string.Empty), "cannot be read: " + ex.Message));
            return null;
        }

        try
        {
            return JsonDocument.Parse(bytes, Options);
        }
        catch (JsonException ex)
        {
            var place = ex.LineNumber is { } line ? $"line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1}" : string.Empty;
            var message = ex.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0];
            errors.Add(new TemplateError(new TemplateLocation(name, place), "is not valid JSON: " + message));
            return null;
        }
    }

    private static PageSize ReadPage(JsonObjectReader root)
    {
        var page = root.String("page");
        if (page is null)
        {
            return PageSize.Widescreen;
        }

        var size = PageSize.All.FirstOrDefault(p => string.Equals(p.Name, page, StringComparison.OrdinalIgnoreCase));
        if (size is null)
        {
            root.Error("page", $"unknown page size '{page}'; use one of {string.Join(", ", PageSize.All.Select(p => p.Name))}");
        }

        return size ?? PageSize.Widescreen;
    }

    private static DeckTheme ReadTheme(JsonObjectReader? theme, string folder)
    {
        var d = DeckTheme.Default;
        if (theme is null)
        {
            return d;
        }

        return new DeckTheme(
            Colour(theme, "primary", d.Primary), Colour(theme, "accent", d.Accent), Colour(theme, "text", d.Text), Colour(theme, "muted", d.Muted),
            Colour(theme, "background", d.Background), Colour(theme, "positive", d.Positive), Colour(theme, "negative", d.Negative),
            FileIn(theme, "logo", theme.String("logo"), folder),
            theme.Text("footer"),
            [.. theme.Texts("fonts").Select((f, i) => FileIn(theme, $"fonts[{i}]", f.Text, folder)).OfType<string>()]);
    }

    private static SKColor Colour(JsonObjectReader theme, string name, SKColor fallback)
    {
        var text = theme.String(name);
        if (text is null)
        {
            return fallback;
        }

        if (text.Length is 7 && text[0] == '#' && SKColor.TryParse(text, out var colour))
        {
            return colour;
        }

        theme.Error(name, $"bad colour '{text}'; write it as #RRGGBB, e.g. #1F3864");
        return fallback;
    }

    // Images and fonts are named relative to the template's folder, the way an IR person keeps a logo next to the template.
    private static string? FileIn(JsonObjectReader theme, string field, string? relative, string folder)
    {
        if (string.IsNullOrWhiteSpace(relative))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(folder, relative));
        if (!System.IO.File.Exists(full))
        {
            theme.Error(field, $"file '{relative}' not found (looked in {folder})");
            return null;
        }

        return full;
    }

    private static SlideSpec? ReadSlide(JsonObjectReader slide)
    {
        if (slide.Element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var layoutText = slide.String("layout");
        if (layoutText is null || int.TryParse(layoutText, out _) || !Enum.TryParse<SlideLayout>(layoutText, ignoreCase: true, out var layout))
        {
            var known = Enum.GetNames<SlideLayout>().Select(n => n.ToLowerInvariant()).ToList();
            slide.Error("layout", $"unknown layout '{layoutText}'; use one of {string.Join(", ", known)}", layoutText is null ? null : DidYouMean.Closest(layoutText, known));
            return null;
        }

        var tiles = new List<TileSpec>();
        foreach (var (at, item) in slide.Array("tiles"))
        {
            var tile = new JsonObjectReader(slide.Location(string.Empty).Template, at, item, ErrorsOf(slide), TileFields);
            var label = tile.Text("label");
            var value = tile.Text("value");
            if (label is null || value is null)
            {
                tile.Error(string.Empty, "a tile needs a \"label\" and a \"value\"");
                continue;
            }

            tiles.Add(new TileSpec(label, value, tile.Text("delta"), tile.Text("delta_text"), tile.Text("note")));
        }

        var columns = new List<ColumnSpec>();
        foreach (var (at, item) in slide.Array("columns"))
        {
            var column = new JsonObjectReader(slide.Location(string.Empty).Template, at, item, ErrorsOf(slide), ColumnFields);
            var value = column.Text("value");
            if (value is null)
            {
                column.Error(string.Empty, "a column needs a \"value\", e.g. \"{{ x.amount | money }}\"");
                continue;
            }

            columns.Add(new ColumnSpec(column.String("header") ?? string.Empty, value, Align(column), column.Number("width", 1, 0.1f, 20)));
        }

        var cardObject = slide.Object("card", CardFields);
        var card = cardObject is null ? null : new CardSpec(
            cardObject.Text("title"), cardObject.Text("link"), cardObject.Text("site"), cardObject.Text("date"),
            cardObject.Text("sentiment"), cardObject.Text("badge"), cardObject.Text("summary"), cardObject.Text("figures"));

        var spec = new SlideSpec(
            layout, slide.Location(string.Empty), slide.Text("title"), slide.Text("subtitle"), slide.Text("when"), slide.Text("repeat"),
            slide.Texts("bullets"), tiles, Chart(slide, layout), slide.Text("rows"), columns, slide.Text("empty"), slide.Text("cards"), card,
            (int)slide.Number("per_slide", 3, 2, 4), slide.Text("text"));
        Require(slide, spec);
        return spec;
    }

    private static ChartDescription? Chart(JsonObjectReader slide, SlideLayout layout)
    {
        var id = slide.String("chart");
        if (layout != SlideLayout.Chart && id is null)
        {
            return null;
        }

        var chart = id is null ? null : PackCharts.Find(id);
        if (chart is null)
        {
            slide.Error("chart", $"unknown chart '{id}'; use one of {string.Join(", ", PackCharts.Ids)}", id is null ? null : DidYouMean.Closest(id, PackCharts.Ids));
        }

        return chart;
    }

    private static void Require(JsonObjectReader slide, SlideSpec spec)
    {
        switch (spec.Layout)
        {
            case SlideLayout.Table when spec.Rows is null || spec.Columns.Count == 0:
                slide.Error("rows", "a table slide needs \"rows\" (e.g. \"x in investments\") and \"columns\"");
                break;
            case SlideLayout.Articles when spec.Cards is null || spec.Card is null:
                slide.Error("cards", "an articles slide needs \"cards\" (e.g. \"a in articles\") and a \"card\"");
                break;
            case SlideLayout.Kpis when spec.Tiles.Count is 0 or > 8:
                slide.Error("tiles", $"a KPI slide has 1 to 8 tiles, not {spec.Tiles.Count}");
                break;
        }
    }

    private static ColumnAlign Align(JsonObjectReader column)
    {
        var text = column.String("align");
        if (text is null)
        {
            return ColumnAlign.Left;
        }

        if (Enum.TryParse<ColumnAlign>(text, ignoreCase: true, out var align) && !int.TryParse(text, out _))
        {
            return align;
        }

        column.Error("align", $"unknown alignment '{text}'; use left, right or center");
        return ColumnAlign.Left;
    }

    private static List<TemplateError> ErrorsOf(JsonObjectReader reader) => reader.Errors;
}
