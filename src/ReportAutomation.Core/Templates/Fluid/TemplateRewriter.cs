using Fluid.Ast;
using Fluid.Ast.BinaryExpressions;
using Fluid.Values;
using ReportAutomation.Core.Templates.Filters;

namespace ReportAutomation.Core.Templates.Fluid;

/// <summary>
/// Prepares a parsed template for our filters and values. Names every argument of the report filters (<c>money: "B"</c> → <c>money: scale: "B"</c>) so the filters read them by
/// name, and gives <c>money</c> the currency next to its amount (<c>x.amount</c> → <c>x.currency</c>) when none is written.
/// Arguments beyond the filter's signature keep no name; the checker reports them. Also makes <c>&lt;</c>/<c>&gt;</c>
/// order dates (Fluid only orders numbers and text).
/// </summary>
internal sealed class TemplateRewriter : AstRewriter
{
    /// <summary>Prefix given to an argument whose name was already used in the same filter.</summary>
    public const string DuplicatePrefix = "duplicate:";

    /// <inheritdoc />
    protected override Expression VisitFilterExpression(FilterExpression filterExpression)
    {
        var visited = (FilterExpression)base.VisitFilterExpression(filterExpression);
        if (!FormattingFilters.Signatures.TryGetValue(visited.Name, out var signature))
        {
            return visited;
        }

        var arguments = new List<FilterArgument>(visited.Parameters.Count + 1);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var slot = 0;
        foreach (var parameter in visited.Parameters)
        {
            var name = string.IsNullOrEmpty(parameter.Name)
                ? PositionalName(signature, ref slot, parameter.Expression)
                : parameter.Name == "signed" ? "sign" : parameter.Name;
            if (name is not null && !used.Add(name))
            {
                // Fluid would throw on a repeated name at render time; keep it apart so the checker can name it.
                name = DuplicatePrefix + name;
            }

            arguments.Add(new FilterArgument(name, parameter.Expression));
        }

        if (visited.Name == "money" && !arguments.Any(a => a.Name == "currency") && SiblingCurrency(visited.Input) is { } sibling)
        {
            arguments.Add(new FilterArgument(FormattingFilters.ItemCurrency, sibling));
        }

        return new FilterExpression(visited.Input, visited.Name, arguments);
    }

    /// <inheritdoc />
    protected override Expression VisitGreaterThanBinaryExpression(GreaterThanBinaryExpression greaterThanBinaryExpression)
    {
        var visited = (GreaterThanBinaryExpression)base.VisitGreaterThanBinaryExpression(greaterThanBinaryExpression);
        return new GreaterThanBinaryExpression(Comparable(visited.Left), Comparable(visited.Right), visited.Strict);
    }

    /// <inheritdoc />
    protected override Expression VisitLowerThanBinaryExpression(LowerThanBinaryExpression lowerThanBinaryExpression)
    {
        var visited = (LowerThanBinaryExpression)base.VisitLowerThanBinaryExpression(lowerThanBinaryExpression);
        return new LowerThanBinaryExpression(Comparable(visited.Left), Comparable(visited.Right), visited.Strict);
    }

    private static Expression Comparable(Expression operand) =>
        operand is LiteralExpression or ComparableDateExpression ? operand : new ComparableDateExpression(operand);

    private static string? PositionalName(IReadOnlyList<string> signature, ref int slot, Expression expression)
    {
        var literal = (expression as LiteralExpression)?.Value as StringValue;
        if (literal?.ToStringValue().Trim() == "+" && signature.Contains("sign"))
        {
            return "sign";
        }

        // `number: 2, "de-DE"`: a text that is not "+" in the sign position is the culture.
        if (slot < signature.Count && signature[slot] == "sign" && literal is not null)
        {
            slot++;
        }

        return slot < signature.Count ? signature[slot++] : null;
    }

    private static MemberExpression? SiblingCurrency(Expression input)
    {
        if (input is not MemberExpression { Segments.Count: > 1 } member || member.Segments.Any(s => s is not IdentifierSegment))
        {
            return null;
        }

        var segments = member.Segments.Take(member.Segments.Count - 1).Append(new IdentifierSegment("currency")).ToList();
        return new MemberExpression(segments);
    }
}
