using ReportAutomation.Core.Templates;
using ReportAutomation.Rendering.Excel.Streaming;
using ReportAutomation.Rendering.Excel.Templating;

namespace ReportAutomation.Rendering.Excel.Filling;

/// <summary>Turns a template loop row into the lazily generated rows the streaming expander writes.</summary>
internal static class LoopExpansions
{
    /// <summary>The rows for <paramref name="loop"/>: one per item of its collection (or one/none for a condition), built on demand.</summary>
    public static RowExpansion For(TemplateEngine engine, TemplateScope root, LoopRow loop) =>
        new(loop.Sheet, loop.Row, Items(engine, root, loop).Select(scope => Row(engine, scope, loop)));

    /// <summary>The scope of each generated row: the loop variable bound to its item, or the root scope for a kept conditional row.</summary>
    public static IEnumerable<TemplateScope> Items(TemplateEngine engine, TemplateScope root, LoopRow loop)
    {
        if (loop.Directive.Kind == RowDirectiveKind.Loop)
        {
            var index = 0;
            foreach (var item in engine.EvaluateCollection(loop.Directive, root))
            {
                yield return root.With(loop.Directive.Variable!, item, index++);
            }
        }
        else if (engine.EvaluateCondition(loop.Directive, root))
        {
            yield return root;
        }
    }

    /// <summary>Evaluates every column of one generated row.</summary>
    public static XlCell[] Row(TemplateEngine engine, TemplateScope scope, LoopRow loop)
    {
        var cells = new XlCell[loop.Columns.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            var column = loop.Columns[i];
            cells[i] = column switch
            {
                { IsFormula: true } => new XlCell(column.Column, XlCellKind.Formula, 0, null, null, null),
                { Template: { } template } => CellValues.ToCell(column.Column, CellValues.Evaluate(engine, template, scope)),
                _ => CellValues.ToCell(column.Column, column.FixedText),
            };
        }

        return cells;
    }
}
