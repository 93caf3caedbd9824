using System.Linq.Expressions;
using System.Reflection;

namespace ReportAutomation.Core.Templates.Access;

/// <summary>The template fields of one view type, by snake_case name, in declaration order.</summary>
internal sealed class ViewType
{
    private readonly Dictionary<string, ViewMember> _members;

    public ViewType(Type type)
    {
        Type = type;
        Members = type
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true })
            .OrderBy(p => p.MetadataToken)
            .Select(p => new ViewMember(SnakeCase.From(p.Name), p.PropertyType, Compile(type, p)))
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

    private static Func<object, object?> Compile(Type type, PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object), "view");
        var body = Expression.Convert(Expression.Property(Expression.Convert(instance, type), property), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, instance).Compile();
    }
}
