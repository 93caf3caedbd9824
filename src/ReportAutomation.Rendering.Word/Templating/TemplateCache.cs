using ReportAutomation.Core.Templates;

namespace ReportAutomation.Rendering.Word.Templating;

/// <summary>Each distinct placeholder text is parsed once (a digest repeats the same few thousands of times); each use is checked where it is.</summary>
internal sealed class TemplateCache(TemplateEngine engine, List<TemplateError> errors)
{
    private readonly Dictionary<string, ParsedTemplate?> _parsed = new(StringComparer.Ordinal);

    /// <summary>The parsed template for <paramref name="text"/>, checked against <paramref name="shape"/>; null when it does not parse.</summary>
    public ParsedTemplate? Get(string text, TemplateLocation location, TemplateScopeShape shape)
    {
        if (!_parsed.TryGetValue(text, out var template))
        {
            var outcome = engine.Parse(text, location);
            errors.AddRange(outcome.Errors.Select(e => e with { Location = location }));
            template = outcome.Template;
            _parsed[text] = template;
        }

        if (template is not null)
        {
            errors.AddRange(engine.Check(template, shape).Select(e => e with { Location = location }));
        }

        return template;
    }
}
