using ReportAutomation.Core.Templates;

namespace ReportAutomation.Rendering.Pdf.Compiled;

/// <summary>A checked template text of the deck, ready to fill for any scope.</summary>
internal sealed class CompiledText(ParsedTemplate template)
{
    /// <summary>Where the text is in the template.</summary>
    public TemplateLocation Location => template.Location;

    /// <summary>The filled text; throws <see cref="TemplateRenderException"/> when filling fails.</summary>
    public string Render(TemplateScope scope) => template.Render(scope).Trim();

    /// <summary>The typed value (number, date, text…) of a single placeholder, or the filled text.</summary>
    public object? Value(TemplateScope scope) => template.Evaluate(scope);

    /// <summary>The value as a number, or null when it is none (empty, text).</summary>
    public double? Number(TemplateScope scope) => Value(scope) switch
    {
        decimal d => (double)d,
        double d => d,
        int i => i,
        long l => l,
        string s when double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };
}
