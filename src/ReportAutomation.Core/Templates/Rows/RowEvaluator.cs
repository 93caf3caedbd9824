using System.Collections;
using Fluid.Ast;
using Fluid.Values;
using ReportAutomation.Core.Templates.Access;
using ReportAutomation.Core.Templates.Fluid;

namespace ReportAutomation.Core.Templates.Rows;

/// <summary>Evaluates row loops (streaming their items) and row conditions against a scope.</summary>
internal sealed class RowEvaluator(FluidRuntime runtime)
{
    /// <summary>
    /// The loop's items, read one at a time as the caller asks for them. <c>offset:</c> and <c>limit:</c> stream too;
    /// <c>reversed</c> and a negative limit have to read the whole collection first.
    /// </summary>
    public IEnumerable<object?> Items(RowDirective loop, TemplateScope scope)
    {
        if (loop.Tag is not ForStatement statement)
        {
            throw new ArgumentException($"'{loop}' is a row condition, not a row loop.", nameof(loop));
        }

        return Stream(statement, scope);
    }

    /// <summary>True when the row condition holds (Liquid truth: only nil and false are false).</summary>
    public bool Condition(RowDirective condition, TemplateScope scope)
    {
        if (condition.Tag is not IfStatement statement)
        {
            throw new ArgumentException($"'{condition}' is a row loop, not a row condition.", nameof(condition));
        }

        return FluidRuntime.Evaluate(statement.Condition, runtime.NewContext(scope)).ToBooleanValue();
    }

    private IEnumerable<object?> Stream(ForStatement statement, TemplateScope scope)
    {
        var items = Source(statement, scope);
        if (statement.Offset is not null)
        {
            items = items.Skip(Math.Max(0, WholeNumber(statement.Offset, scope)));
        }

        if (statement.Limit is not null)
        {
            var limit = WholeNumber(statement.Limit, scope);
            items = limit >= 0 ? items.Take(limit) : items.SkipLast(-limit);
        }

        if (statement.Reversed)
        {
            items = items.Reverse();
        }

        foreach (var item in items)
        {
            yield return item;
        }
    }

    private IEnumerable<object?> Source(ForStatement statement, TemplateScope scope)
    {
        var source = statement.Source ?? statement.Range;
        if (source is MemberExpression member && member.Segments.All(s => s is IdentifierSegment))
        {
            var path = member.Segments.Cast<IdentifierSegment>().Select(s => s.Identifier).ToList();
            return AsItems(PathResolver.Resolve(scope, path));
        }

        if (source is null)
        {
            return [];
        }

        var context = runtime.NewContext(scope);
        var value = FluidRuntime.Evaluate(source, context);
        return value.Type == FluidValues.Array
            ? value.Enumerate(context).Select(v => v is ObjectValueBase o ? o.Value : ClrValues.From(v))
            : AsItems(ClrValues.From(value));
    }

    private static IEnumerable<object?> AsItems(object? value) => value switch
    {
        null => [],
        string text => [text],
        IEnumerable sequence => sequence.Cast<object?>(),
        _ => [value],
    };

    private int WholeNumber(Expression expression, TemplateScope scope)
    {
        var value = FluidRuntime.Evaluate(expression, runtime.NewContext(scope));
        return FilterNumber(value);
    }

    private static int FilterNumber(FluidValue value) =>
        Filters.FilterInputs.TryNumber(value, out var n) ? (int)Math.Clamp(Math.Truncate(n), int.MinValue, int.MaxValue) : 0;
}
