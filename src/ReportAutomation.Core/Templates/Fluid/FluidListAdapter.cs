using System.Collections;
using Fluid;
using Fluid.Values;
using ReportAutomation.Core.Templates.Model;

namespace ReportAutomation.Core.Templates.Fluid;

/// <summary>Shows a model list to Fluid as a list of values converted on demand (size/first/last never touch other items).</summary>
internal sealed class FluidListAdapter(ITemplateList list, TemplateOptions options) : IReadOnlyList<FluidValue>
{
    /// <inheritdoc />
    public int Count => list.Count;

    /// <inheritdoc />
    public FluidValue this[int index] => FluidValue.Create(list.ItemAt(index), options);

    /// <inheritdoc />
    public IEnumerator<FluidValue> GetEnumerator()
    {
        for (var i = 0; i < list.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
