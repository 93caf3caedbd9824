using System.Globalization;
using ReportAutomation.Core.Templates;
using ReportAutomation.TestKit;

namespace ReportAutomation.Core.Tests.Templates;

/// <summary>The per-cell fast paths (simple paths, one formatting filter) must give exactly what Fluid gives.</summary>
public sealed class FastPathTests
{
    private static readonly string[] Templates =
    [
        "{{ v }}",
        "{{ v | money }}",
        "{{ v | money: \"B\" }}",
        "{{ v | money: \"M\", \"EUR\" }}",
        "{{ v | money: \"K\", \"chf\", \"de-DE\" }}",
        "{{ v | money: \"X\" }}",
        "{{ v | percent }}",
        "{{ v | percent: 0, \"+\" }}",
        "{{ v | percent: 2, \"fr-FR\" }}",
        "{{ v | number }}",
        "{{ v | number: 3 }}",
        "{{ v | number: 1, \"+\", \"de-DE\" }}",
        "{{ v | number: signed: true }}",
        "{{ v | date }}",
        "{{ v | date: \"yyyy-MM-dd\" }}",
        "{{ v | date: \"dddd d MMMM yyyy\", \"de-DE\" }}",
        "{{ v | date: \"HH:mm\" }}",
    ];

    private static readonly object?[] Values =
    [
        null, 14_300_000_000m, -1_234_567.891m, 0m, 0.125, -0.0005, 2.5, 42, 9_000_000_000L, "12.5", "abc", "2026-11-16",
        new DateOnly(2026, 11, 16), new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.FromHours(1)), true,
    ];

    public static TheoryData<string> Cultures => new() { "", "de-DE", "en-GB" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Evaluate_FastPaths_AgreeWithFluid(string cultureName)
    {
        // Given an engine in a culture, and every template × value combination
        var engine = new TemplateEngine(cultureName.Length == 0 ? null : CultureInfo.GetCultureInfo(cultureName));
        var root = engine.CreateScope(Some.Pack(investments: [Some.Investment(2_500_000m, currency: "GBP")]));
        var mismatches = new List<string>();

        foreach (var text in Templates)
        {
            var template = engine.Parse(text, TemplateTestSupport.Cell).Template!;
            foreach (var value in Values)
            {
                // When evaluated with the fast path and with Fluid alone
                var scope = root.With("v", value);
                template.TryEvaluate(scope, out var fast, out var fastError);
                template.TryEvaluateWithFluid(scope, out var fluid, out var fluidError);

                // Then both agree
                if (!Equals(Normalise(fast), Normalise(fluid)) || (fastError is null) != (fluidError is null))
                {
                    mismatches.Add($"{text} with {value ?? "null"} ({value?.GetType().Name}): fast '{fast}' vs Fluid '{fluid}'");
                }
            }
        }

        Assert.Empty(mismatches);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Render_FastPaths_AgreeWithFluid(string cultureName)
    {
        // Given an engine in a culture, every template × value combination, and texts with words around the value
        var engine = new TemplateEngine(cultureName.Length == 0 ? null : CultureInfo.GetCultureInfo(cultureName));
        var root = engine.CreateScope(Some.Pack(investments: [Some.Investment(2_500_000m, currency: "GBP")]));
        var mismatches = new List<string>();
        foreach (var text in Templates.Concat(["Total {{ v }}", " {{ v | money }} ", "{{ v }}{{ v }}", "{{ x.amount | money }}"]))
        {
            var template = engine.Parse(text, TemplateTestSupport.Cell).Template!;
            foreach (var value in Values)
            {
                // When rendered (the fast path where it applies) and rendered by Fluid alone
                var scope = root.With("v", value).With("x", new Dictionary<string, object?> { ["amount"] = value, ["currency"] = "EUR" });
                var fastOk = template.TryRender(scope, out var fast, out _);
                var fluidOk = template.TryRenderWithFluid(scope, out var fluid, out _);

                // Then both give the same text, or both fail
                if (fast != fluid || fastOk != fluidOk)
                {
                    mismatches.Add($"'{text}' with {value ?? "null"} ({value?.GetType().Name}): fast '{fast}' vs Fluid '{fluid}'");
                }
            }
        }

        Assert.Empty(mismatches);
    }

    // The simple path keeps a number's own type (int, long, double); Fluid makes every number a decimal.
    private static object? Normalise(object? value) => value is int or long or double ? Convert.ToDecimal(value, CultureInfo.InvariantCulture) : value;

    [Fact]
    public void Evaluate_MoneyNextToItsCurrency_AgreesWithFluid()
    {
        var engine = new TemplateEngine();
        var scope = engine.CreateScope(Some.Pack(investments: [Some.Investment(2_500_000m, currency: "GBP"), Some.Investment(7m, currency: "USD")]));
        var template = engine.Parse("{{ x.amount | money }}", TemplateTestSupport.Cell).Template!;

        var results = engine.EvaluateCollection(engine.ParseRowDirective(["{% for x in investments %}a", "b{% endfor %}"], TemplateTestSupport.Cell, out _)!, scope)
            .Select(item => scope.With("x", item))
            .Select(row => (Fast: template.Evaluate(row), Fluid: template.TryEvaluateWithFluid(row, out var v, out _) ? v : null))
            .ToList();

        Assert.Equal([("£2.5M", "£2.5M"), ("$7", "$7")], results.Select(r => ((string?)r.Fast, (string?)r.Fluid)));
    }
}
