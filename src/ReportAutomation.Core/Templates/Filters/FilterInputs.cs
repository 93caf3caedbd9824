using System.Globalization;
using Fluid;
using Fluid.Values;
using ReportAutomation.Core.Templates.Model;

namespace ReportAutomation.Core.Templates.Filters;

/// <summary>Reads filter inputs and the canonical named arguments the parser gives our formatting filters.</summary>
internal static class FilterInputs
{
    /// <summary>The input as a number: numbers as they are, text when it is a plain invariant number.</summary>
    public static bool TryNumber(FluidValue input, out decimal number)
    {
        number = 0;
        switch (input)
        {
            case NumberValue n:
                number = n.ToNumberValue();
                return true;
            case StringValue s:
                return decimal.TryParse(s.ToStringValue().Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
            default:
                return false;
        }
    }

    /// <summary>The named argument as text, or null when absent or nil.</summary>
    public static string? Text(FilterArguments arguments, string name)
    {
        var value = arguments[name];
        return value.IsNil() ? null : value.ToStringValue();
    }

    /// <summary>The named argument as a whole number, or <paramref name="fallback"/> when absent or not a number.</summary>
    public static int? Whole(FilterArguments arguments, string name, int? fallback)
    {
        var value = arguments[name];
        if (value.IsNil() || !TryNumber(value, out var n))
        {
            return fallback;
        }

        return (int)Math.Clamp(Math.Round(n), 0, FormattingFilters.MaxDecimals);
    }

    /// <summary>True when the <c>sign</c> argument asks for a leading + on positive values.</summary>
    public static bool Signed(FilterArguments arguments)
    {
        var value = arguments["sign"];
        return value switch
        {
            BooleanValue b => b.ToBooleanValue(),
            StringValue s => s.ToStringValue().Trim() == "+",
            _ => false,
        };
    }

    /// <summary>The <c>culture</c> argument's culture, else the engine's (the context's) culture.</summary>
    public static CultureInfo Culture(FilterArguments arguments, TemplateContext context) =>
        CultureNames.Find(Text(arguments, "culture")) ?? context.CultureInfo;

    /// <summary>The pack's main currency when the context's model is a pack, else USD.</summary>
    public static string PackCurrency(TemplateContext context) =>
        context.Model?.ToObjectValue() is RootView root ? root.MainCurrency : TotalsView.DefaultCurrency;

    /// <summary>The nil value (renders as nothing, empty cell).</summary>
    public static ValueTask<FluidValue> Nil() => new(NilValue.Instance);

    /// <summary>A text result.</summary>
    public static ValueTask<FluidValue> Result(string text) => new(new StringValue(text, false));
}
