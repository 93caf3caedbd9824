using System.Collections.Concurrent;
using ReportAutomation.Core.Templates.Model;

namespace ReportAutomation.Core.Templates.Access;

/// <summary>Knows every view type's fields and static shape; the single source of truth for names, getters and checks.</summary>
internal static class ViewCatalog
{
    private static readonly ConcurrentDictionary<Type, ViewType?> Types = new();
    private static readonly ConcurrentDictionary<Type, TemplateValueShape> Shapes = new();

    /// <summary>The fields of <paramref name="type"/> when it is a view type, else null.</summary>
    public static ViewType? Get(Type type) =>
        Types.GetOrAdd(type, static t => typeof(ITemplateView).IsAssignableFrom(t) ? new ViewType(t) : null);

    /// <summary>The field <paramref name="name"/> of <paramref name="type"/>, or null.</summary>
    public static ViewMember? Member(Type type, string name) => Get(type)?.Find(name);

    /// <summary>The static shape of values of CLR type <paramref name="type"/>.</summary>
    public static TemplateValueShape ShapeOf(Type type) => Shapes.GetOrAdd(type, BuildShape);

    private static TemplateValueShape BuildShape(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string) || t == typeof(char))
        {
            return TemplateValueShape.Text;
        }

        if (t == typeof(bool))
        {
            return TemplateValueShape.Boolean;
        }

        if (t == typeof(decimal) || t == typeof(double) || t == typeof(float) || t == typeof(int) || t == typeof(long))
        {
            return TemplateValueShape.Number;
        }

        if (t == typeof(DateOnly))
        {
            return TemplateValueShape.Date;
        }

        if (t == typeof(DateTimeOffset) || t == typeof(DateTime))
        {
            return TemplateValueShape.DateTime;
        }

        if (t == typeof(LinkValue))
        {
            return TemplateValueShape.Link;
        }

        if (Get(t) is { } view)
        {
            return TemplateValueShape.Object(view.Members.Select(m => KeyValuePair.Create(m.Name, ShapeOf(m.ValueType))));
        }

        var list = t.GetInterfaces().Append(t)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyList<>));
        return list is null ? TemplateValueShape.Any : TemplateValueShape.List(ShapeOf(list.GetGenericArguments()[0]));
    }
}
