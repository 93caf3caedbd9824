using ReportAutomation.Core.Templates;
using ReportAutomation.Rendering.Excel.Streaming;
using ReportAutomation.Rendering.Excel.Templating;

namespace ReportAutomation.Rendering.Excel.Filling;

/// <summary>Turns a template loop row into the lazily generated rows the streaming expander writes.</summary>
internal static class LoopExpansions
{
    /// <summary>The rows for <paramref name="loop"/>: one per item of its collection (or one/none for a condition), built on demand.</summary>
    public static RowExpansion For(TemplateEngine engine, TemplateScope root, LoopRow loop, Func<IReadOnlyList<XlCell>, double?>? rowHeight) =>
        new(loop.Sheet, loop.Row, Items(engine, root, loop).Select(scope => Row(scope, loop)), rowHeight);

    /// <summary>The scope of each generated row: the loop variable bound to its item, or the root scope for a kept conditional row.
    /// Stays countable when the collection is, so the expander can stream it in one pass instead of spooling it.</summary>
    public static IEnumerable<TemplateScope> Items(TemplateEngine engine, TemplateScope root, LoopRow loop)
    {
        if (loop.Directive.Kind != RowDirectiveKind.Loop)
        {
            return engine.EvaluateCondition(loop.Directive, root) ? [root] : [];
        }

        var index = 0;
        var variable = loop.Directive.Variable!;
        return engine.EvaluateCollection(loop.Directive, root).Select(item => root.With(variable, item, index++));
    }

    /// <summary>Evaluates every column of one generated row.</summary>
    public static XlCell[] Row(TemplateScope scope, LoopRow loop)
    {
        var cells = new XlCell[loop.Columns.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            var column = loop.Columns[i];
            cells[i] = column switch
            {
                { IsFormula: true } => new XlCell(column.Column, XlCellKind.Formula, 0, null, null, null),
                { Template: { } template } => CellValues.ToCell(column.Column, template.Evaluate(scope)),
                _ => CellValues.ToCell(column.Column, column.FixedText),
            };
        }

        return cells;
    }
}
