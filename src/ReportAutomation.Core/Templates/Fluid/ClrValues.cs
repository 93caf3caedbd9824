using Fluid.Values;

namespace ReportAutomation.Core.Templates.Fluid;

/// <summary>Turns Fluid results back into the typed CLR values a renderer writes into a cell.</summary>
internal static class ClrValues
{
    /// <summary>decimal/bool/string/DateOnly/DateTimeOffset/LinkValue, or null for nil; lists and objects become their text.</summary>
    public static object? From(FluidValue value) => value switch
    {
        _ when value.IsNil() => null,
        DateOnlyValue d => d.Date,
        LinkFluidValue l => l.Link,
        NumberValue n => n.ToNumberValue(),
        BooleanValue b => b.ToBooleanValue(),
        DateTimeValue t => t.ToObjectValue(),
        StringValue s => s.ToStringValue(),
        _ when value.Type is FluidValues.Empty or FluidValues.Blank => null,
        _ => value.ToStringValue(),
    };

    /// <summary>True for values a cell can hold as they are (numbers, text, dates, links, booleans).</summary>
    public static bool IsScalar(object? value) => value is null or string or decimal or double or float or int or long
        or bool or DateOnly or DateTimeOffset or DateTime or LinkValue;
}
