using System.Globalization;
using ReportAutomation.Core.Templates;
using ReportAutomation.TestKit;

namespace ReportAutomation.Core.Tests.Templates;

/// <summary>Shared helpers: parse-and-render one text against a small pack.</summary>
internal static class TemplateTestSupport
{
    public static TemplateLocation Cell { get; } = new("weekly-ir.xlsx", "Summary!B7");

    public static ParsedTemplate ParseOk(this TemplateEngine engine, string text)
    {
        var outcome = engine.Parse(text, Cell);
        Assert.True(outcome.Succeeded, string.Join(Environment.NewLine, outcome.Errors));
        return outcome.Template!;
    }

    public static string Render(string text, TemplateScope? scope = null, CultureInfo? culture = null)
    {
        var engine = new TemplateEngine(culture);
        return engine.ParseOk(text).Render(scope ?? engine.CreateScope(Some.Pack()));
    }

    public static object? Evaluate(string text, TemplateScope? scope = null)
    {
        var engine = new TemplateEngine();
        return engine.ParseOk(text).Evaluate(scope ?? engine.CreateScope(Some.Pack()));
    }
}
