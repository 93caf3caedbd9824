using Fluid;

namespace ReportAutomation.Core.Templates.Access;

/// <summary>One template field of a view type, with a compiled getter (also Fluid's accessor for it).</summary>
internal sealed class ViewMember(string name, Type valueType, Func<Func<object, object?>> makeGetter) : IMemberAccessor
{
    private Func<object, object?>? _getter;

    /// <summary>The snake_case template name.</summary>
    public string Name { get; } = name;

    /// <summary>The declared CLR type of the value.</summary>
    public Type ValueType { get; } = valueType;

    /// <summary>Reads the field from a view instance (the getter is made on first use; threads racing make the same one).</summary>
    public Func<object, object?> Getter => _getter ??= makeGetter();

    /// <inheritdoc />
    public object Get(object obj, string name, TemplateContext ctx) => Getter(obj)!;
}
