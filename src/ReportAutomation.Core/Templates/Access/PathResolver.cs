using System.Collections;
using ReportAutomation.Core.Templates.Model;

namespace ReportAutomation.Core.Templates.Access;

/// <summary>Resolves a dotted path (<c>x.amount</c>) against a scope without Fluid: the hot path for simple cells.</summary>
internal static class PathResolver
{
    /// <summary>The value at <paramref name="path"/>, or null when any step is missing.</summary>
    public static object? Resolve(TemplateScope scope, IReadOnlyList<string> path)
    {
        if (path.Count == 0)
        {
            return null;
        }

        var current = scope.TryGetVariable(path[0], out var variable) ? variable : Step(scope.Root, path[0]);
        for (var i = 1; i < path.Count && current is not null; i++)
        {
            current = Step(current, path[i]);
        }

        return current;
    }

    /// <summary>One step: a view field, or a list's <c>size</c>/<c>first</c>/<c>last</c>, or a text's <c>size</c>.</summary>
    public static object? Step(object target, string name)
    {
        if (ViewCatalog.Member(target.GetType(), name) is { } member)
        {
            return member.Getter(target);
        }

        return (target, name) switch
        {
            (string s, "size") => s.Length,
            (ITemplateList list, "size") => list.Count,
            (ITemplateList list, "first") => list.Count > 0 ? list.ItemAt(0) : null,
            (ITemplateList list, "last") => list.Count > 0 ? list.ItemAt(list.Count - 1) : null,
            (ICollection collection, "size") => collection.Count,
            (IList list, "first") => list.Count > 0 ? list[0] : null,
            (IList list, "last") => list.Count > 0 ? list[^1] : null,
            _ => null,
        };
    }
}
