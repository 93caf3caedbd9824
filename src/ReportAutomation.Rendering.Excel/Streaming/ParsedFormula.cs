using System.Text;

namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>A formula split once into verbatim text and references, rendered as often as needed with a <see cref="ShiftContext"/>.</summary>
internal sealed class ParsedFormula
{
    private readonly FormulaPart[] _parts;

    public ParsedFormula(string text, IReadOnlyList<FormulaPart> parts)
    {
        Text = text;
        _parts = [.. parts];
        References = _parts.Where(p => p.Reference is not null).Select(p => p.Reference!).ToArray();
    }

    /// <summary>The formula as written.</summary>
    public string Text { get; }

    /// <summary>The references, in order.</summary>
    public IReadOnlyList<FormulaRef> References { get; }

    /// <summary>The formula with every reference moved as <paramref name="context"/> says.</summary>
    public string Render(in ShiftContext context)
    {
        if (References.Count == 0)
        {
            return Text;
        }

        var sb = new StringBuilder(Text.Length + 16);
        RenderTo(sb, context);
        return sb.ToString();
    }

    /// <summary>Appends the moved formula to <paramref name="sb"/>.</summary>
    public void RenderTo(StringBuilder sb, in ShiftContext context)
    {
        foreach (var part in _parts)
        {
            if (part.Literal is not null)
            {
                sb.Append(part.Literal);
            }
            else
            {
                AppendReference(sb, part.Reference!, context);
            }
        }
    }

    /// <summary>Moves one reference; false when it falls off the sheet (rendered as #REF!).</summary>
    internal static bool TryMove(FormulaRef reference, in ShiftContext context, out RefEnd start, out RefEnd? end)
    {
        var sheet = reference.Sheet ?? context.OwnSheet;
        var shift = context.Map.For(sheet);
        var isOwn = reference.Sheet is null
            || (context.OwnSheet is not null && string.Equals(reference.Sheet, context.OwnSheet, StringComparison.OrdinalIgnoreCase));
        var isClone = context.CloneSheet is not null && sheet is not null
            && string.Equals(sheet, context.CloneSheet, StringComparison.OrdinalIgnoreCase);
        end = null;
        var ok = TryMoveEnd(reference.Start, isEnd: false, shift, isOwn, isClone, context, out start);
        if (reference.End is { } last)
        {
            ok &= TryMoveEnd(last, isEnd: true, shift, isOwn, isClone, context, out var movedEnd);
            end = movedEnd;
        }

        return ok;
    }

    private static void AppendReference(StringBuilder sb, FormulaRef reference, in ShiftContext context)
    {
        sb.Append(reference.Prefix);
        if (!TryMove(reference, context, out var start, out var end))
        {
            sb.Append("#REF!");
            return;
        }

        start.AppendTo(sb);
        if (end is { } e)
        {
            sb.Append(':');
            e.AppendTo(sb);
        }
    }

    private static bool TryMoveEnd(RefEnd e, bool isEnd, SheetShift? shift, bool isOwn, bool isClone, in ShiftContext c, out RefEnd moved)
    {
        moved = e;
        var column = e.Column;
        if (column != 0 && !e.ColumnAbsolute)
        {
            column += c.PreColumnDelta;
            if (column is < 1 or > ExcelLimits.MaxColumn)
            {
                return false;
            }
        }

        var row = e.Row;
        if (row != 0)
        {
            if (!e.RowAbsolute)
            {
                row += c.PreRowDelta;
                if (row is < 1 or > ExcelLimits.MaxRow)
                {
                    return false;
                }
            }

            if (isClone && row == c.CloneRow && shift is not null)
            {
                row = shift.MapStart(row) + c.CloneOffset;
            }
            else
            {
                if (shift is not null)
                {
                    var keepsTemplateRow = isOwn && row == c.CopyTemplateRow;
                    row = isEnd && !keepsTemplateRow ? shift.MapEnd(row) : shift.MapStart(row);
                }

                if (!e.RowAbsolute)
                {
                    row += c.PostRowDelta;
                }
            }

            if (row is < 1 or > ExcelLimits.MaxRow)
            {
                return false;
            }
        }

        moved = e with { Column = column, Row = row };
        return true;
    }
}
