using System.Text.Json;
using ReportAutomation.Core.Templates;
using ReportAutomation.Core.Templates.Checking;

namespace ReportAutomation.Rendering.Pdf.Template;

/// <summary>Reads the properties of one JSON object of the deck template, reporting wrong types and unknown names with their path.</summary>
internal sealed class JsonObjectReader
{
    private readonly string _template;
    private readonly List<TemplateError> _errors;

    public JsonObjectReader(string template, string path, JsonElement element, List<TemplateError> errors, IReadOnlyCollection<string> known)
    {
        _template = template;
        Path = path;
        Element = element;
        _errors = errors;
        if (element.ValueKind != JsonValueKind.Object)
        {
            Error(string.Empty, "must be an object { … }");
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name) && !property.Name.StartsWith('$'))
            {
                var suggestion = DidYouMean.Closest(property.Name, known);
                _errors.Add(new TemplateError(Location(property.Name), $"unknown field '{property.Name}'; known fields: {string.Join(", ", known)}", suggestion));
            }
        }
    }

    /// <summary>Where this reader records problems (shared with the readers of nested objects).</summary>
    public List<TemplateError> Errors => _errors;

    /// <summary>The JSON path of this object, e.g. <c>slides[3]</c>.</summary>
    public string Path { get; }

    /// <summary>The object.</summary>
    public JsonElement Element { get; }

    /// <summary>True when the object has <paramref name="name"/>.</summary>
    public bool Has(string name) => Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out _);

    /// <summary>The location of a field of this object.</summary>
    public TemplateLocation Location(string name) => new(_template, name.Length == 0 ? Path : Path.Length == 0 ? name : $"{Path}.{name}");

    /// <summary>Records an error at a field.</summary>
    public void Error(string name, string message, string? suggestion = null) => _errors.Add(new TemplateError(Location(name), message, suggestion));

    /// <summary>A text field (a template text), or null when absent.</summary>
    public TextSpec? Text(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Error(name, "must be text in quotes");
            return null;
        }

        return new TextSpec(value.GetString()!, Location(name));
    }

    /// <summary>A plain string field, or null when absent.</summary>
    public string? String(string name) => Text(name)?.Text;

    /// <summary>A number field within a range, or <paramref name="fallback"/> when absent.</summary>
    public float Number(string name, float fallback, float min, float max)
    {
        if (!TryGet(name, out var value))
        {
            return fallback;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetSingle(out var number) || number < min || number > max)
        {
            Error(name, $"must be a number from {min} to {max}");
            return fallback;
        }

        return number;
    }

    /// <summary>An array field's items (empty when absent or not an array; the latter is an error).</summary>
    public IEnumerable<(string Path, JsonElement Item)> Array(string name)
    {
        if (!TryGet(name, out var value))
        {
            yield break;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(name, "must be a list [ … ]");
            yield break;
        }

        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            yield return ($"{Location(name).Place}[{i++}]", item);
        }
    }

    /// <summary>An object field, or null when absent.</summary>
    public JsonObjectReader? Object(string name, IReadOnlyCollection<string> known) =>
        TryGet(name, out var value) ? new JsonObjectReader(_template, Location(name).Place, value, _errors, known) : null;

    /// <summary>A list of texts, each with its own location.</summary>
    public List<TextSpec> Texts(string name)
    {
        var list = new List<TextSpec>();
        foreach (var (path, item) in Array(name))
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                list.Add(new TextSpec(item.GetString()!, new TemplateLocation(_template, path)));
            }
            else
            {
                _errors.Add(new TemplateError(new TemplateLocation(_template, path), "must be text in quotes"));
            }
        }

        return list;
    }

    private bool TryGet(string name, out JsonElement value)
    {
        value = default;
        return Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
    }
}
