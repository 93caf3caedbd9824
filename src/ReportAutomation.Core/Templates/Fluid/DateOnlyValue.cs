using System.Globalization;
using System.Text.Encodings.Web;
using Fluid.Values;

namespace ReportAutomation.Core.Templates.Fluid;

/// <summary>A calendar date inside Fluid: keeps the <see cref="DateOnly"/> for typed cells, renders as <c>yyyy-MM-dd</c> in text.</summary>
internal sealed class DateOnlyValue(DateOnly date) : FluidValue
{
    /// <summary>The date.</summary>
    public DateOnly Date { get; } = date;

    /// <inheritdoc />
    public override FluidValues Type => FluidValues.Object;

    /// <inheritdoc />
    public override bool Equals(FluidValue other) => other is DateOnlyValue d && d.Date == Date;

    /// <inheritdoc />
    public override bool ToBooleanValue() => true;

    /// <inheritdoc />
    public override decimal ToNumberValue() => Date.DayNumber;

    /// <inheritdoc />
    public override string ToStringValue() => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override object ToObjectValue() => Date;

    /// <inheritdoc />
    [Obsolete("Fluid prefers WriteToAsync; kept for the abstract contract.")]
    public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) =>
        writer.Write(encoder.Encode(ToStringValue()));

    /// <inheritdoc />
    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) =>
        new(writer.WriteAsync(encoder.Encode(ToStringValue())));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DateOnlyValue d && d.Date == Date;

    /// <inheritdoc />
    public override int GetHashCode() => Date.GetHashCode();
}
