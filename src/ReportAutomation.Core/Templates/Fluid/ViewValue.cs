using Fluid.Values;
using ReportAutomation.Core.Templates.Access;

namespace ReportAutomation.Core.Templates.Fluid;

/// <summary>A model view inside Fluid: shown as its own text (a week as its label) or as nothing, never as a type name.</summary>
internal sealed class ViewValue(object view) : ObjectValueBase(view)
{
    /// <inheritdoc />
    public override string ToStringValue() => ViewCatalog.Get(Value.GetType()) is { HasOwnText: true } ? Value.ToString() ?? string.Empty : string.Empty;
}
