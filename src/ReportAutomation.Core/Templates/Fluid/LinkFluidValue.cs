using System.Globalization;
using System.Text.Encodings.Web;
using Fluid.Values;

namespace ReportAutomation.Core.Templates.Fluid;

/// <summary>A <see cref="LinkValue"/> inside Fluid: behaves as its text, and hands the link back to typed evaluation.</summary>
internal sealed class LinkFluidValue(LinkValue link) : FluidValue
{
    /// <summary>The link.</summary>
    public LinkValue Link { get; } = link;

    /// <inheritdoc />
    public override FluidValues Type => FluidValues.String;

    /// <inheritdoc />
    public override bool Equals(FluidValue other) => other.ToStringValue() == Link.Text;

    /// <inheritdoc />
    public override bool ToBooleanValue() => true;

    /// <inheritdoc />
    public override decimal ToNumberValue() => 0;

    /// <inheritdoc />
    public override string ToStringValue() => Link.Text;

    /// <inheritdoc />
    public override object ToObjectValue() => Link;

    /// <inheritdoc />
    [Obsolete("Fluid prefers WriteToAsync; kept for the abstract contract.")]
    public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) =>
        writer.Write(encoder.Encode(Link.Text));

    /// <inheritdoc />
    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) =>
        new(writer.WriteAsync(encoder.Encode(Link.Text)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LinkFluidValue l && l.Link == Link;

    /// <inheritdoc />
    public override int GetHashCode() => Link.GetHashCode();
}
