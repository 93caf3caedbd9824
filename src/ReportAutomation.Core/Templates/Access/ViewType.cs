using System.Reflection;

namespace ReportAutomation.Core.Templates.Access;

/// <summary>The template fields of one view type, by snake_case name, in declaration order.</summary>
internal sealed class ViewType
{
    private static readonly MethodInfo BoxedGetter = typeof(ViewType).GetMethod(nameof(Boxed), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Dictionary<string, ViewMember> _members;

    public ViewType(Type type)
    {
        Type = type;
        Members = type
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true })
            .OrderBy(p => p.MetadataToken)
            .Select(p => new ViewMember(SnakeCase.From(p.Name), p.PropertyType, () => Getter(type, p)))
            .ToList();
        _members = Members.ToDictionary(m => m.Name, StringComparer.Ordinal);
        HasOwnText = type.GetMethod(nameof(ToString), Type.EmptyTypes)?.DeclaringType != typeof(object);
    }

    /// <summary>True when the view says what it is as text (a week → its label); otherwise it shows as nothing.</summary>
    public bool HasOwnText { get; }

    /// <summary>The view's CLR type.</summary>
    public Type Type { get; }

    /// <summary>Fields in declaration order.</summary>
    public IReadOnlyList<ViewMember> Members { get; }

    /// <summary>The field called <paramref name="name"/>, or null.</summary>
    public ViewMember? Find(string name) => _members.GetValueOrDefault(name);

    // The property's getter as a typed delegate, boxed to object, made when the field is first read (checking a
    // template needs only the names and types, and a deck reads a fraction of the fields). Made from metadata: no
    // expression is compiled and no code emitted (compiling one per field was a large part of a cold start), and views
    // are classes, so every reference-typed field shares one compiled body.
    private static Func<object, object?> Getter(Type type, PropertyInfo property) =>
        (Func<object, object?>)BoxedGetter.MakeGenericMethod(type, property.PropertyType).Invoke(null, [property.GetMethod!])!;

    private static Func<object, object?> Boxed<TView, TValue>(MethodInfo getter)
    {
        var get = getter.CreateDelegate<Func<TView, TValue>>();
        return view => get((TView)view);
    }
}
