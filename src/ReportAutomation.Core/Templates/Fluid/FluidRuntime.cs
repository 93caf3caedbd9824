using System.Collections;
using System.Globalization;
using Fluid;
using Fluid.Ast;
using Fluid.Parser;
using Fluid.Values;
using ReportAutomation.Core.Templates.Access;
using ReportAutomation.Core.Templates.Filters;
using ReportAutomation.Core.Templates.Model;

namespace ReportAutomation.Core.Templates.Fluid;

/// <summary>The configured Fluid parser and options shared by one engine: no file access, step limits, raw (unencoded) output.</summary>
internal sealed class FluidRuntime
{
    /// <summary>Most statements one render may execute (loops count each pass).</summary>
    public const int MaxSteps = 200_000;

    /// <summary>Deepest nesting of blocks one render may enter.</summary>
    public const int MaxRecursion = 32;

    // Building Fluid's parser is the costliest step of an engine's start; it holds no state once built (Fluid documents it as
    // thread-safe and meant to be shared), so every engine of a build (workbook, memo, deck, check) uses this one.
    private static readonly Lazy<FluidParser> SharedParser = new(CreateParser);

    public FluidRuntime(CultureInfo culture)
    {
        PrepareParser();
        Options = new TemplateOptions
        {
            MemberAccessStrategy = new ViewMemberAccessStrategy(),
            FileProvider = new Microsoft.Extensions.FileProviders.NullFileProvider(),
            CultureInfo = culture,
            MaxSteps = MaxSteps,
            MaxRecursion = MaxRecursion,
            TimeZone = TimeZoneInfo.Utc,
            Now = static () => DateTimeOffset.UnixEpoch,
            ModelNamesComparer = StringComparer.Ordinal,
        };
        Options.ValueConverters.Add(Convert);
        FormattingFilters.Register(Options.Filters);
        FilterNames = Options.Filters.Select(f => f.Key).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Starts building the shared parser on a background thread, if nobody has yet: its construction is most of a cold
    /// engine's start (Fluid's grammar compiled and built), and the caller has other work to do meanwhile (opening a
    /// template, loading fonts). It then parses a text using every construct once, so that the grammar's parsing code is
    /// compiled there too (a cold 500-slide deck's bindings compiled in about 30 ms instead of 50). The first parse waits
    /// for the parser, not for that.
    /// </summary>
    public static void PrepareParser()
    {
        if (!SharedParser.IsValueCreated && Interlocked.Exchange(ref _preparing, 1) == 0)
        {
            new Thread(Build) { IsBackground = true, Name = "fluid-parser" }.Start();
        }

        static void Build()
        {
            try
            {
                // Parsing a text that uses every construct compiles the grammar's parsing code here too, so the first
                // templates parsed on the caller's thread run code that is already compiled. The result is dropped.
                if (SharedParser.Value.TryParse(WarmUpText, out var template, out _) && template is FluidTemplate parsed)
                {
                    _ = new TemplateRewriter().VisitTemplate(parsed);
                }
            }
            catch (Exception)
            {
                // The Lazy keeps the failure: the first parse rethrows it where it can be reported.
            }
        }
    }

    private static int _preparing;

    // Outputs with filters and named, positional, text and number arguments; member, index and range access; every tag
    // the report templates use, with their comparisons, and whitespace control.
    internal const string WarmUpText =
        "Text {{ a.b | money: \"B\", currency: 'USD' }} {{ a[0].c | number: 2, \"+\" }} {{ -1.5 | percent }} {{ x.y.z | date: \"d MMM\" | append: 'x' }}" +
        "{% if a.b > 1 and c != empty or d == \"t\" %}1{% elsif e contains 'f' %}2{% else %}3{% endif %}" +
        "{% for i in list limit: 2 offset: 1 %}{{ forloop.index }}{% else %}none{% endfor %}{% for r in (1..3) %}{{ r }}{% endfor %}" +
        "{%- unless u < 0 -%}{{- v -}}{%- endunless -%}{% assign q = a.size %}{% capture w %}{{ q }}{% endcapture %}" +
        "{% case c %}{% when 1, 2 %}x{% else %}y{% endcase %}{% comment %}c{% endcomment %}{% raw %}{{ r }}{% endraw %}";

    private static FluidParser CreateParser()
    {
        var parser = new FluidParser(new FluidParserOptions { AllowFunctions = false, AllowParentheses = false });

        // Templates come from the pack's template files only: no other file is ever read.
        parser.RegisteredTags.Remove("include");
        parser.RegisteredTags.Remove("render");
        return parser;
    }

    /// <summary>The options every render uses.</summary>
    public TemplateOptions Options { get; }

    /// <summary>Every filter name templates may use.</summary>
    public IReadOnlyList<string> FilterNames { get; }

    /// <summary>Parses <paramref name="text"/>; on a syntax error returns null and Fluid's message.</summary>
    public FluidTemplate? TryParse(string text, out string? error)
    {
        if (!SharedParser.Value.TryParse(text, out var template, out error) || template is not FluidTemplate parsed)
        {
            error ??= "the text could not be read as a template";
            return null;
        }

        return (FluidTemplate)new TemplateRewriter().VisitTemplate(parsed);
    }

    /// <summary>A fresh render context for <paramref name="scope"/> (contexts are cheap and never shared between threads).</summary>
    public TemplateContext NewContext(TemplateScope scope)
    {
        var context = new TemplateContext(scope.RootValue, Options)
        {
            AllowModelMembers = false,
            Now = scope.Root.Now,
        };
        foreach (var (name, value) in scope.VariablesOutermostFirst())
        {
            // Fluid copies a plain sequence into an array when it converts it: defer that until a template reads the name.
            context.SetValue(name, value is IEnumerable and not string and not ITemplateList
                ? new FactoryValue(() => FluidValue.Create(value, Options))
                : FluidValue.Create(value, Options));
        }

        return context;
    }

    /// <summary>Evaluates an expression synchronously (all our members and filters complete synchronously).</summary>
    public static FluidValue Evaluate(Expression expression, TemplateContext context)
    {
        var task = expression.EvaluateAsync(context);
        return task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Renders statements to text without any HTML encoding (we write Office documents, not HTML).</summary>
    public static string Render(IFluidTemplate template, TemplateContext context) =>
        template.Render(context, NullEncoder.Default, false);

    /// <summary>Renders with every output value HTML-encoded (an HTML mail body: untrusted text never becomes markup).</summary>
    public static string RenderHtml(IFluidTemplate template, TemplateContext context) =>
        template.Render(context, System.Text.Encodings.Web.HtmlEncoder.Default, false);

    private object? Convert(object value) => value switch
    {
        DateOnly date => new DateOnlyValue(date),
        LinkValue link => new LinkFluidValue(link),
        ITemplateList list => new ArrayValue(new FluidListAdapter(list, Options)),
        ITemplateView view => new ViewValue(view),
        _ => null,
    };
}
