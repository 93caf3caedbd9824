using System.Collections;

namespace ReportAutomation.Core.Templates.Model;

/// <summary>A read-only list whose items are produced on demand from an index (a lazy projection of a model list).</summary>
internal sealed class TemplateList<T>(int count, Func<int, T> at) : IReadOnlyList<T>, ITemplateList
{
    /// <inheritdoc />
    public int Count => count;

    /// <inheritdoc />
    public T this[int index] =>
        (uint)index < (uint)count ? at(index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <inheritdoc />
    public object? ItemAt(int index) => this[index];

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return at(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
