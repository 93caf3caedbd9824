using System.Globalization;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace ReportAutomation.Core.Templates.Fluid;

/// <summary>Wraps one side of <c>&lt;</c>/<c>&gt;</c> so dates compare as ISO text (<c>2026-11-16</c>), which orders them correctly.</summary>
internal sealed class ComparableDateExpression(Expression inner) : Expression
{
    /// <summary>The wrapped operand.</summary>
    public Expression Inner { get; } = inner;

    /// <inheritdoc />
    public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
    {
        var value = await Inner.EvaluateAsync(context);
        return value switch
        {
            DateOnlyValue date => new StringValue(date.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            DateTimeValue time => new StringValue(((DateTimeOffset)time.ToObjectValue()).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)),
            _ => value,
        };
    }
}
