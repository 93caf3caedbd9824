using System.Globalization;
using Fluid.Ast;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Templates.Access;
using ReportAutomation.Core.Templates.Checking;
using ReportAutomation.Core.Templates.Fluid;
using ReportAutomation.Core.Templates.Model;
using ReportAutomation.Core.Templates.Rows;

namespace ReportAutomation.Core.Templates;

/// <summary>The one template language of every renderer (Liquid via Fluid): parse, check, and fill template texts. Thread-safe.</summary>
public sealed class TemplateEngine
{
    private readonly FluidRuntime _runtime;
    private readonly RowDirectiveParser _rows;
    private readonly RowEvaluator _rowEvaluator;

    /// <summary>Creates an engine whose filters and numbers use <paramref name="culture"/> (default: invariant).</summary>
    public TemplateEngine(CultureInfo? culture = null)
    {
        Culture = culture ?? CultureInfo.InvariantCulture;
        _runtime = new FluidRuntime(Culture);
        _rows = new RowDirectiveParser(_runtime);
        _rowEvaluator = new RowEvaluator(_runtime);
        RootShape = new TemplateScopeShape(ViewCatalog.ShapeOf(typeof(RootView)));
    }

    /// <summary>
    /// Starts building what every engine shares (Fluid's parser) on a background thread: call it before other work, such
    /// as loading a pack's inputs, so that the first template parsed need not wait for it. Creating an engine does the same.
    /// </summary>
    public static void Prepare() => FluidRuntime.PrepareParser();

    /// <summary>The culture used for numbers, dates and the report filters.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The shape of the model's top level (every name a template can start with).</summary>
    public TemplateScopeShape RootShape { get; }

    /// <summary>Every filter a template may use, sorted.</summary>
    public IReadOnlyList<string> FilterNames => _runtime.FilterNames;

    /// <summary>True when <paramref name="text"/> contains <c>{{</c> or <c>{%</c>.</summary>
    public bool IsTemplate(string? text) =>
        text is not null && (text.Contains("{{", StringComparison.Ordinal) || text.Contains("{%", StringComparison.Ordinal));

    /// <summary>Parses one text; syntax errors, unknown filters and bad filter arguments come back as errors, never thrown.</summary>
    public ParseOutcome Parse(string text, TemplateLocation location)
    {
        var template = _runtime.TryParse(text, out var syntaxError);
        if (template is null)
        {
            return new ParseOutcome(null, [new TemplateError(location, "syntax error: " + RowDirectiveParser.FirstLine(syntaxError))]);
        }

        var errors = new List<TemplateError>();
        var validator = new FilterValidator(_runtime.FilterNames, location, errors);
        foreach (var filter in FilterCollector.Collect(template))
        {
            validator.Validate(filter);
        }

        return new ParseOutcome(new ParsedTemplate(_runtime, template, text, location), Distinct(errors));
    }

    /// <summary>The root scope for <paramref name="pack"/>: nothing is copied; lists are projected as they are read.</summary>
    public TemplateScope CreateScope(WeeklyPack pack) => new(new RootView(pack));

    /// <summary>Recognises a row loop or row condition in a table row's cell texts; null when the row is ordinary (or broken: see errors).</summary>
    public RowDirective? ParseRowDirective(IReadOnlyList<string?> cellTexts, TemplateLocation rowLocation, out IReadOnlyList<TemplateError> errors)
    {
        var found = new List<TemplateError>();
        var directive = _rows.Parse(cellTexts, rowLocation, found);
        errors = found;
        return directive;
    }

    /// <summary>The items of a row loop, streamed lazily (a million rows are never copied).</summary>
    public IEnumerable<object?> EvaluateCollection(RowDirective loop, TemplateScope scope) => _rowEvaluator.Items(loop, scope);

    /// <summary>Whether a row condition keeps its row.</summary>
    public bool EvaluateCondition(RowDirective cond, TemplateScope scope) => _rowEvaluator.Condition(cond, scope);

    /// <summary>The value at <paramref name="path"/> (e.g. <c>["x", "amount"]</c>) without Fluid; null when any step is missing.</summary>
    public object? Resolve(TemplateScope scope, IReadOnlyList<string> path) => PathResolver.Resolve(scope, path);

    /// <summary>Statically checks every name and filter field <paramref name="template"/> reads against <paramref name="shape"/>.</summary>
    public IReadOnlyList<TemplateError> Check(ParsedTemplate template, TemplateScopeShape shape)
    {
        var errors = new List<TemplateError>();
        new TemplateChecker(template.Location, errors).CheckStatements(template.Statements, new ShapeEnvironment(shape));
        return Distinct(errors);
    }

    /// <summary>Statically checks a row directive's collection or condition against <paramref name="shape"/>.</summary>
    public IReadOnlyList<TemplateError> Check(RowDirective directive, TemplateScopeShape shape)
    {
        var errors = new List<TemplateError>();
        var checker = new TemplateChecker(directive.Location, errors);
        var env = new ShapeEnvironment(shape);
        switch (directive.Tag)
        {
            case ForStatement loop:
                checker.ElementOf(loop.Source ?? loop.Range, env, loop.Identifier);
                checker.ShapeOf(loop.Limit, env);
                checker.ShapeOf(loop.Offset, env);
                break;
            case IfStatement condition:
                checker.ShapeOf(condition.Condition, env);
                break;
        }

        return Distinct(errors);
    }

    /// <summary>The shape inside a row loop's cells: <paramref name="outer"/> plus the loop variable (and <c>forloop</c>).</summary>
    public TemplateScopeShape ShapeInside(RowDirective loop, TemplateScopeShape outer)
    {
        if (loop.Tag is not ForStatement statement)
        {
            return outer;
        }

        var element = new TemplateChecker(loop.Location, []).ElementOf(statement.Source ?? statement.Range, new ShapeEnvironment(outer), statement.Identifier);
        return outer
            .WithLoopVariable("forloop", ViewCatalog.ShapeOf(typeof(RowLoopView)))
            .WithLoopVariable(statement.Identifier, element);
    }

    private static List<TemplateError> Distinct(List<TemplateError> errors) => errors.Distinct().ToList();
}
