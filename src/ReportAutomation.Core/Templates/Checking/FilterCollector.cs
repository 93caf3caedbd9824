using Fluid;
using Fluid.Ast;
using ReportAutomation.Core.Templates.Fluid;

namespace ReportAutomation.Core.Templates.Checking;

/// <summary>Collects every filter used anywhere in a template (outputs, tags, arguments).</summary>
internal sealed class FilterCollector : AstVisitor
{
    private readonly List<FilterExpression> _filters = [];

    /// <summary>The filters of <paramref name="template"/>, outermost first.</summary>
    public static IReadOnlyList<FilterExpression> Collect(IFluidTemplate template)
    {
        var collector = new FilterCollector();
        collector.VisitTemplate(template);
        return collector._filters;
    }

    /// <inheritdoc />
    public override Expression VisitOtherExpression(Expression expression)
    {
        if (expression is ComparableDateExpression wrapped)
        {
            Visit(wrapped.Inner);
        }

        return base.VisitOtherExpression(expression);
    }

    /// <inheritdoc />
    protected override Expression VisitFilterExpression(FilterExpression filterExpression)
    {
        _filters.Add(filterExpression);
        return base.VisitFilterExpression(filterExpression);
    }
}
