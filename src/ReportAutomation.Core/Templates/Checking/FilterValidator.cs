using System.Globalization;
using Fluid.Ast;
using Fluid.Values;
using ReportAutomation.Core.Templates.Filters;
using ReportAutomation.Core.Templates.Fluid;

namespace ReportAutomation.Core.Templates.Checking;

/// <summary>Checks filter names, and the literal arguments of the report filters, when a template is parsed.</summary>
internal sealed class FilterValidator(IReadOnlyList<string> filterNames, TemplateLocation location, List<TemplateError> errors)
{
    /// <summary>Reports unknown filters and bad arguments of <paramref name="filter"/>.</summary>
    public void Validate(FilterExpression filter)
    {
        if (!filterNames.Contains(filter.Name, StringComparer.Ordinal))
        {
            errors.Add(new TemplateError(location, $"unknown filter '{filter.Name}'", DidYouMean.Closest(filter.Name, filterNames)));
            return;
        }

        if (!FormattingFilters.Signatures.TryGetValue(filter.Name, out var signature))
        {
            return;
        }

        foreach (var argument in filter.Parameters)
        {
            ValidateArgument(filter.Name, signature, argument);
        }
    }

    private void ValidateArgument(string filter, IReadOnlyList<string> signature, FilterArgument argument)
    {
        var name = argument.Name;
        if (name == FormattingFilters.ItemCurrency)
        {
            return;
        }

        if (name is null)
        {
            Bad(filter, $"{filter} takes at most {signature.Count} value(s): {string.Join(", ", signature)}");
            return;
        }

        if (name.StartsWith(TemplateRewriter.DuplicatePrefix, StringComparison.Ordinal))
        {
            Bad(filter, $"{filter} is given '{name[TemplateRewriter.DuplicatePrefix.Length..]}' twice");
            return;
        }

        if (!signature.Contains(name))
        {
            var suggestion = DidYouMean.Closest(name, signature);
            errors.Add(new TemplateError(
                location, $"{filter} has no option '{name}'; it takes {string.Join(", ", signature)}", suggestion is null ? null : $"{suggestion}:"));
            return;
        }

        if (argument.Expression is not LiteralExpression { Value: var value })
        {
            return;
        }

        var problem = name switch
        {
            "scale" when !MoneyFormat.IsScale(value.ToStringValue()) =>
                $"money scale \"{value.ToStringValue()}\" is not one of {string.Join(", ", MoneyFormat.ScaleNames.Select(s => $"\"{s}\""))}",
            "currency" when !MoneyFormat.IsCurrency(value.ToStringValue()) =>
                $"money currency \"{value.ToStringValue()}\" is not a three-letter ISO code such as \"USD\" or \"EUR\"",
            "culture" when CultureNames.Find(value.ToStringValue()) is null =>
                $"{filter}: \"{value.ToStringValue()}\" is not a known culture such as \"en-GB\" or \"de-DE\"",
            "decimals" when !IsWhole(value) =>
                $"{filter}: decimals must be a whole number from 0 to {FormattingFilters.MaxDecimals}, not \"{value.ToStringValue()}\"",
            "sign" when !(value is BooleanValue || value.ToStringValue().Trim() == "+") =>
                $"{filter}: the sign option is \"+\" (or signed: true), not \"{value.ToStringValue()}\"",
            "format" when !IsDateFormat(value.ToStringValue()) =>
                $"date format \"{value.ToStringValue()}\" is not a valid .NET date format such as \"yyyy-MM-dd\" or \"d MMM yyyy\"",
            _ => null,
        };

        if (problem is not null)
        {
            Bad(filter, problem);
        }
    }

    private void Bad(string filter, string message) => errors.Add(new TemplateError(location, message));

    private static bool IsWhole(FluidValue value) =>
        value is NumberValue n && n.ToNumberValue() is var d && d == Math.Floor(d) && d >= 0 && d <= FormattingFilters.MaxDecimals;

    private static bool IsDateFormat(string format)
    {
        if (format.Contains('%', StringComparison.Ordinal))
        {
            return true;
        }

        try
        {
            _ = new DateTimeOffset(2026, 11, 16, 9, 30, 0, TimeSpan.Zero).ToString(format, CultureInfo.InvariantCulture);
            return format.Length > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
