using Fluid.Values;
using ReportAutomation.Core.Templates.Fluid;
using ReportAutomation.Core.Templates.Model;

namespace ReportAutomation.Core.Templates;

/// <summary>The values a template sees: the pack's model plus loop variables; immutable, cheap to extend, safe to share.</summary>
public sealed class TemplateScope
{
    private readonly Variable? _variables;

    internal TemplateScope(RootView root)
        : this(root, new ViewValue(root), null)
    {
    }

    private TemplateScope(RootView root, FluidValue rootValue, Variable? variables)
    {
        Root = root;
        RootValue = rootValue;
        _variables = variables;
    }

    internal RootView Root { get; }

    internal FluidValue RootValue { get; }

    /// <summary>A nested scope where <paramref name="variable"/> is <paramref name="item"/> (one generated row of a loop).</summary>
    public TemplateScope With(string variable, object? item) => new(Root, RootValue, new Variable(variable, item, _variables));

    /// <summary>Like <see cref="With(string, object?)"/>, also setting <c>forloop.index</c>/<c>index0</c>/<c>first</c> for row <paramref name="index0"/>.</summary>
    public TemplateScope With(string variable, object? item, int index0) =>
        new(Root, RootValue, new Variable(variable, item, new Variable("forloop", new RowLoopView(index0), _variables)));

    internal bool TryGetVariable(string name, out object? value)
    {
        for (var v = _variables; v is not null; v = v.Parent)
        {
            if (string.Equals(v.Name, name, StringComparison.Ordinal))
            {
                value = v.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    internal IEnumerable<(string Name, object? Value)> VariablesOutermostFirst()
    {
        if (_variables is null)
        {
            return [];
        }

        var list = new List<(string, object?)>();
        for (var v = _variables; v is not null; v = v.Parent)
        {
            list.Add((v.Name, v.Value));
        }

        list.Reverse();
        return list;
    }

    private sealed record Variable(string Name, object? Value, Variable? Parent);
}
