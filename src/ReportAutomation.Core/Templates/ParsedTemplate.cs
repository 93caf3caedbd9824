using Fluid.Ast;
using Fluid.Parser;
using ReportAutomation.Core.Templates.Access;
using ReportAutomation.Core.Templates.Filters;
using ReportAutomation.Core.Templates.Fluid;

namespace ReportAutomation.Core.Templates;

/// <summary>One parsed template text (a cell, a paragraph); immutable and safe to render from many threads.</summary>
public sealed class ParsedTemplate
{
    private static readonly HashSet<string> Formatting = new(FormattingFilters.Signatures.Keys, StringComparer.Ordinal);

    private readonly FluidRuntime _runtime;
    private readonly FluidTemplate _template;
    private readonly Expression? _single;
    private readonly DirectFilter? _direct;

    // The whole text is that one expression, with nothing around it: its rendering is the value's text.
    private readonly bool _alone;

    internal ParsedTemplate(FluidRuntime runtime, FluidTemplate template, string text, TemplateLocation location)
    {
        _runtime = runtime;
        _template = template;
        Text = text;
        Location = location;
        var meaningful = template.Statements.Where(s => !IsBlank(s)).ToList();
        _single = meaningful is [OutputStatement output] ? output.Expression : null;
        SimplePath = _single is MemberExpression member && member.Segments.All(s => s is IdentifierSegment)
            ? member.Segments.Cast<IdentifierSegment>().Select(s => s.Identifier).ToList()
            : null;
        HasFormattingFilter = _single is FilterExpression filter && UsesFormatting(filter);
        _direct = DirectFilter.For(_single);
        _alone = _single is not null && template.Statements.Count == 1;
    }

    /// <summary>The template text as written.</summary>
    public string Text { get; }

    /// <summary>Where the text lives.</summary>
    public TemplateLocation Location { get; }

    /// <summary>True when the whole text (ignoring surrounding spaces) is exactly one <c>{{ … }}</c>: the cell gets a typed value.</summary>
    public bool IsSingleExpression => _single is not null;

    /// <summary>True when that single expression uses money/percent/number/date/link: its value is text (or a link), not a number.</summary>
    public bool HasFormattingFilter { get; }

    /// <summary>The path of a filterless single expression (<c>{{ x.amount }}</c> → <c>["x", "amount"]</c>), for fast resolution.</summary>
    public IReadOnlyList<string>? SimplePath { get; }

    internal IReadOnlyList<Statement> Statements => _template.Statements;

    /// <summary>Renders the text with the engine's culture; throws <see cref="TemplateRenderException"/> when a limit is hit.</summary>
    public string Render(TemplateScope scope) =>
        TryRender(scope, out var text, out var error) ? text : throw new TemplateRenderException(error!);

    /// <summary>Renders the text; on failure (step limit, a filter failing on data) returns false and the error.</summary>
    public bool TryRender(TemplateScope scope, out string text, out TemplateError? error)
    {
        // A text that is one value and nothing else, which a fast path resolves to text, is that text: Fluid writes a string
        // as it is (output is raw), so this skips only the making of a render context for a cell, a run or a card field.
        if (_alone && TryFast(scope, out var value) && value is string fast)
        {
            text = fast;
            error = null;
            return true;
        }

        return TryRenderWithFluid(scope, out text, out error);
    }

    /// <summary>Rendering through Fluid only (no fast path); the reference the fast path must agree with.</summary>
    internal bool TryRenderWithFluid(TemplateScope scope, out string text, out TemplateError? error) =>
        TryRenderWith(FluidRuntime.Render, scope, out text, out error);

    /// <summary>Renders the text for HTML: every value is HTML-encoded, the template's own markup is kept.</summary>
    public bool TryRenderHtml(TemplateScope scope, out string text, out TemplateError? error) =>
        TryRenderWith(FluidRuntime.RenderHtml, scope, out text, out error);

    /// <summary>
    /// The typed value of a single expression (decimal, double, int, long, bool, string, DateOnly, DateTimeOffset, LinkValue
    /// or null); for any other text, the rendered text (null when empty). Throws <see cref="TemplateRenderException"/> on failure.
    /// </summary>
    public object? Evaluate(TemplateScope scope) =>
        TryEvaluate(scope, out var value, out var error) ? value : throw new TemplateRenderException(error!);

    /// <summary>Like <see cref="Evaluate"/>, returning false and the error instead of throwing.</summary>
    public bool TryEvaluate(TemplateScope scope, out object? value, out TemplateError? error)
    {
        error = null;
        return TryFast(scope, out value) || TryEvaluateWithFluid(scope, out value, out error);
    }

    // The fast paths: a filterless path to a scalar, or one formatting filter over such a path.
    private bool TryFast(TemplateScope scope, out object? value)
    {
        if (SimplePath is not null)
        {
            value = PathResolver.Resolve(scope, SimplePath);
            return ClrValues.IsScalar(value);
        }

        if (_direct is not null && _direct.TryEvaluate(scope, _runtime.Options.CultureInfo, out value))
        {
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>Evaluation through Fluid only (no fast paths); the reference the fast paths must agree with.</summary>
    internal bool TryEvaluateWithFluid(TemplateScope scope, out object? value, out TemplateError? error)
    {
        error = null;

        if (_single is null)
        {
            var ok = TryRender(scope, out var text, out error);
            value = text.Length == 0 ? null : text;
            return ok;
        }

        try
        {
            value = ClrValues.From(FluidRuntime.Evaluate(_single, _runtime.NewContext(scope)));
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            value = null;
            error = new TemplateError(Location, "could not be filled in: " + ex.Message);
            return false;
        }
    }

    private bool TryRenderWith(Func<global::Fluid.IFluidTemplate, global::Fluid.TemplateContext, string> render, TemplateScope scope, out string text, out TemplateError? error)
    {
        try
        {
            text = render(_template, _runtime.NewContext(scope));
            error = null;
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            text = string.Empty;
            error = new TemplateError(Location, "could not be filled in: " + ex.Message);
            return false;
        }
    }

    private static bool UsesFormatting(FilterExpression filter)
    {
        for (Expression? e = filter; e is FilterExpression f; e = f.Input)
        {
            if (Formatting.Contains(f.Name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBlank(Statement statement) =>
        statement is TextSpanStatement span && string.IsNullOrWhiteSpace(span.Text.ToString());
}
