using ReportAutomation.Core.Templates;

namespace ReportAutomation.Rendering.Pdf.Compiled;

/// <summary>A checked <c>x in collection</c> (rows, cards, a repeated slide) or a <c>when</c> condition, evaluated by Core's engine.</summary>
internal sealed class CompiledLoop(TemplateEngine engine, RowDirective directive)
{
    /// <summary>One scope per item of the collection, streamed.</summary>
    public IEnumerable<TemplateScope> Scopes(TemplateScope outer)
    {
        var index = 0;
        foreach (var item in engine.EvaluateCollection(directive, outer))
        {
            yield return outer.With(directive.Variable!, item, index++);
        }
    }

    /// <summary>Whether a condition holds.</summary>
    public bool Holds(TemplateScope scope) => engine.EvaluateCondition(directive, scope);
}
