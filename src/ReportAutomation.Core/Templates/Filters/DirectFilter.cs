using System.Globalization;
using Fluid;
using Fluid.Ast;
using ReportAutomation.Core.Templates.Access;
using ReportAutomation.Core.Templates.Fluid;

namespace ReportAutomation.Core.Templates.Filters;

/// <summary>
/// The hot path for a cell that is exactly <c>{{ path | money/percent/number/date: literal arguments }}</c>: computes the
/// same text as the Fluid filter without building a Fluid context (about 10× faster per cell). Anything unusual defers to Fluid.
/// </summary>
internal sealed class DirectFilter
{
    private readonly string _name;
    private readonly IReadOnlyList<string> _path;
    private readonly FilterArguments _arguments;
    private readonly IReadOnlyList<string>? _currencyPath;
    private readonly CultureInfo? _culture;

    private DirectFilter(string name, IReadOnlyList<string> path, FilterArguments arguments, IReadOnlyList<string>? currencyPath)
    {
        _name = name;
        _path = path;
        _arguments = arguments;
        _currencyPath = currencyPath;
        _culture = CultureNames.Find(FilterInputs.Text(arguments, "culture"));
    }

    /// <summary>A direct evaluator for <paramref name="expression"/>, or null when it is not of the simple form.</summary>
    public static DirectFilter? For(Expression? expression)
    {
        if (expression is not FilterExpression { Name: "money" or "percent" or "number" or "date" } filter ||
            Path(filter.Input) is not { } path)
        {
            return null;
        }

        var arguments = new FilterArguments();
        IReadOnlyList<string>? currencyPath = null;
        foreach (var parameter in filter.Parameters)
        {
            if (parameter.Name == FormattingFilters.ItemCurrency && Path(parameter.Expression) is { } sibling)
            {
                currencyPath = sibling;
            }
            else if (parameter.Name is { } name && parameter.Expression is LiteralExpression literal && !arguments.HasNamed(name))
            {
                arguments.Add(name, literal.Value);
            }
            else
            {
                return null;
            }
        }

        var format = FilterInputs.Text(arguments, "format");
        return filter.Name == "date" && format is not null && format.Contains('%', StringComparison.Ordinal)
            ? null
            : new DirectFilter(filter.Name, path, arguments, currencyPath);
    }

    /// <summary>Computes the cell's value; false when Fluid must decide (an input the filter would pass through unchanged).</summary>
    public bool TryEvaluate(TemplateScope scope, CultureInfo engineCulture, out object? value)
    {
        var input = PathResolver.Resolve(scope, _path);
        var culture = _culture ?? engineCulture;
        value = null;
        if (_name == "date")
        {
            return TryDate(input, culture, ref value);
        }

        if (input is double d && !double.IsFinite(d))
        {
            // Fluid cannot convert it either; let it report the failure the same way.
            return false;
        }

        if (input is null || !TryNumber(input, out var number))
        {
            // Like the Fluid filter: anything that is not a number (or numeric text) shows nothing.
            return true;
        }

        var signed = FilterInputs.Signed(_arguments);
        value = _name switch
        {
            "money" => MoneyFormat.Format(number, FilterInputs.Text(_arguments, "scale"), Currency(scope), culture),
            "percent" => NumberFormat.Percent(number, FilterInputs.Whole(_arguments, "decimals", 1) ?? 1, signed, culture),
            _ => NumberFormat.Number(number, FilterInputs.Whole(_arguments, "decimals", null), signed, culture),
        };
        return true;
    }

    private bool TryDate(object? input, CultureInfo culture, ref object? value)
    {
        var format = FilterInputs.Text(_arguments, "format") ?? FormattingFilters.DefaultDateFormat;
        try
        {
            value = input switch
            {
                null => null,
                DateOnly d => d.ToString(format, culture),
                DateTimeOffset t => t.ToString(format, culture),
                _ => throw new FormatException(),
            };
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private string Currency(TemplateScope scope)
    {
        var code = FilterInputs.Text(_arguments, "currency");
        if (!MoneyFormat.IsCurrency(code) && _currencyPath is not null)
        {
            code = PathResolver.Resolve(scope, _currencyPath) as string;
        }

        return MoneyFormat.IsCurrency(code) ? code!.ToUpperInvariant() : scope.Root.MainCurrency;
    }

    private static bool TryNumber(object input, out decimal number)
    {
        switch (input)
        {
            case decimal m:
                number = m;
                return true;
            case double d:
                number = (decimal)d;
                return true;
            case int i:
                number = i;
                return true;
            case long l:
                number = l;
                return true;
            case string s:
                return decimal.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
            default:
                number = 0;
                return false;
        }
    }

    private static IReadOnlyList<string>? Path(Expression expression) =>
        expression is MemberExpression member && member.Segments.All(s => s is IdentifierSegment)
            ? member.Segments.Cast<IdentifierSegment>().Select(s => s.Identifier).ToList()
            : null;
}
