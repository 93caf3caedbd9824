using System.Globalization;
using Fluid.Ast;
using Fluid.Values;

namespace ReportAutomation.Core.Templates.Checking;

/// <summary>Follows a dotted path (<c>x.amount</c>, <c>history_weeks[0]</c>) through the model's shape, reporting unknown steps.</summary>
internal sealed class MemberPathChecker(TemplateLocation location, List<TemplateError> errors)
{
    /// <summary>The shape at the end of the path, or <see cref="TemplateValueShape.Any"/> after the first problem.</summary>
    public TemplateValueShape Resolve(MemberExpression member, ShapeEnvironment env, TemplateChecker checker)
    {
        var segments = member.Segments;
        if (segments.Count == 0 || segments[0] is not IdentifierSegment root)
        {
            return TemplateValueShape.Any;
        }

        var shape = env.Lookup(root.Identifier);
        if (shape is null)
        {
            errors.Add(new TemplateError(location, $"unknown field '{root.Identifier}'", DidYouMean.Closest(root.Identifier, env.Names)));
            return TemplateValueShape.Any;
        }

        for (var i = 1; i < segments.Count; i++)
        {
            var name = segments[i] switch
            {
                IdentifierSegment identifier => identifier.Identifier,
                IndexerSegment { Expression: LiteralExpression { Value: StringValue text } } => text.ToStringValue(),
                _ => null,
            };

            if (name is null)
            {
                if (segments[i] is IndexerSegment indexer)
                {
                    var index = checker.ShapeOf(indexer.Expression, env);
                    if (shape.Kind == TemplateValueKind.List && index.Kind is TemplateValueKind.Number or TemplateValueKind.Any)
                    {
                        shape = shape.Element ?? TemplateValueShape.Any;
                        continue;
                    }
                }

                return TemplateValueShape.Any;
            }

            var next = Step(shape, name);
            if (next is null)
            {
                Report(shape, segments, i, name);
                return TemplateValueShape.Any;
            }

            shape = next;
        }

        return shape;
    }

    /// <summary><c>a.b[0].c</c> for the first <paramref name="count"/> segments.</summary>
    public static string Describe(IReadOnlyList<MemberSegment> segments, int count)
    {
        var parts = new List<string>();
        for (var i = 0; i < count && i < segments.Count; i++)
        {
            var part = segments[i] switch
            {
                IdentifierSegment identifier => (i == 0 ? string.Empty : ".") + identifier.Identifier,
                IndexerSegment { Expression: LiteralExpression literal } => "[" + Literal(literal.Value) + "]",
                IndexerSegment => "[…]",
                _ => "(…)",
            };
            parts.Add(part);
        }

        return string.Concat(parts);
    }

    private static TemplateValueShape? Step(TemplateValueShape shape, string name) => shape.Kind switch
    {
        TemplateValueKind.Any => TemplateValueShape.Any,
        TemplateValueKind.Object => shape.Member(name),
        TemplateValueKind.List => name switch
        {
            "size" => TemplateValueShape.Number,
            "first" or "last" => shape.Element ?? TemplateValueShape.Any,
            _ => null,
        },
        TemplateValueKind.Text => name switch
        {
            "size" => TemplateValueShape.Number,
            "first" or "last" => TemplateValueShape.Text,
            _ => null,
        },
        _ => null,
    };

    private void Report(TemplateValueShape shape, IReadOnlyList<MemberSegment> segments, int index, string name)
    {
        var parent = Describe(segments, index);
        switch (shape.Kind)
        {
            case TemplateValueKind.Object:
                var suggestion = DidYouMean.Closest(name, shape.MemberNames);
                var message = $"unknown field '{parent}.{name}'";
                if (suggestion is null)
                {
                    message += $"; {parent} has {string.Join(", ", shape.MemberNames)}";
                }

                errors.Add(new TemplateError(location, message, suggestion is null ? null : $"{parent}.{suggestion}"));
                break;
            case TemplateValueKind.List:
                var itemHas = shape.Element is { Kind: TemplateValueKind.Object } element && element.Member(name) is not null;
                var hint = itemHas
                    ? $"each item has '{name}': loop over {parent} (row loop or {{% for x in {parent} %}}) and use x.{name}"
                    : "a list has only size, first and last";
                errors.Add(new TemplateError(location, $"'{parent}' is a list; {hint}", DidYouMean.Closest(name, ["size", "first", "last"]) is { } s ? $"{parent}.{s}" : null));
                break;
            default:
                errors.Add(new TemplateError(location, $"'{parent}' is {TemplateChecker.Article(shape)}; it has no field '{name}'"));
                break;
        }
    }

    private static string Literal(FluidValue value) => value switch
    {
        StringValue s => "\"" + s.ToStringValue() + "\"",
        NumberValue n => n.ToNumberValue().ToString(CultureInfo.InvariantCulture),
        _ => value.ToStringValue(),
    };
}
