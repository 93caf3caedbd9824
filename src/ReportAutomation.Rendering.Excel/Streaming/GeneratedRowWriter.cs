using System.Text;

namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Writes one expansion's generated rows in place of its template row: each cell styled like the template cell of its
/// column, text as inline strings, links as real hyperlinks, template formulas copied with relative rows shifted.</summary>
internal sealed class GeneratedRowWriter
{
    private readonly Utf8XmlWriter _w;
    private readonly SheetMarkup _m;
    private readonly SheetContext _sheet;
    private readonly ExpansionJob _job;
    private readonly byte[] _rowAttributes;
    private readonly byte[] _rowStyle;
    private readonly int[] _columns;
    private readonly byte[][] _styles;
    private readonly ParsedFormula?[] _formulas;
    private readonly StringBuilder _formula = new();

    public GeneratedRowWriter(Utf8XmlWriter writer, SheetContext sheet, ExpansionJob job, TemplateRow template)
    {
        _w = writer;
        _m = sheet.Markup;
        _sheet = sheet;
        _job = job;
        _rowAttributes = Encode(template.Attributes.Select(a => (a.Key, a.Value)));
        _rowStyle = template.RowStyle is null ? [] : Encode([("s", template.RowStyle)]);
        _columns = template.Cells.Select(c => c.Column).ToArray();
        _styles = template.Cells.Select(c => c.Style is null or "0" ? [] : Encode([("s", c.Style)])).ToArray();
        _formulas = template.Cells.Select(c => c.Formula).ToArray();
    }

    /// <summary>Enumerates the job's rows once and writes them; an empty job writes one empty styled row.</summary>
    public void WriteAll(CancellationToken ct)
    {
        if (_job.RowCount == 0)
        {
            WriteRow(_job.FirstRow, [], 0, withFormulas: false);
            return;
        }

        var k = 0;
        foreach (var cells in _job.Rows)
        {
            if (k == _job.RowCount)
            {
                throw new InvalidOperationException($"The rows for {_job.SheetName} row {_job.TemplateRow} yielded more than the {_job.RowCount} they counted.");
            }

            WriteRow(_job.FirstRow + k, cells, k, withFormulas: true);
            k++;
            if ((k & 0xFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }
        }

        if (k != _job.RowCount)
        {
            throw new InvalidOperationException($"The rows for {_job.SheetName} row {_job.TemplateRow} yielded {k}, not the {_job.RowCount} they counted.");
        }
    }

    private void WriteRow(int row, IReadOnlyList<XlCell> cells, int offset, bool withFormulas)
    {
        _w.Raw(_m.RowOpen);
        _w.Int(row);
        _w.Raw("\""u8);
        _w.Raw(_rowAttributes);
        _w.Raw(">"u8);
        var sorted = Sorted(cells, offset);
        var count = sorted is null ? cells.Count : sorted.Length;
        var t = 0;
        for (var i = 0; i < count; i++)
        {
            var cell = sorted is null ? cells[i] : sorted[i];
            while (t < _columns.Length && _columns[t] < cell.Column)
            {
                WriteTemplateOnly(t++, row, offset, withFormulas);
            }

            var style = _rowStyle;
            ParsedFormula? formula = null;
            if (t < _columns.Length && _columns[t] == cell.Column)
            {
                style = _styles[t];
                formula = _formulas[t];
                t++;
            }

            WriteCell(cell, row, style, formula, offset);
        }

        while (t < _columns.Length)
        {
            WriteTemplateOnly(t++, row, offset, withFormulas);
        }

        _w.Raw(_m.RowClose);
    }

    private void WriteTemplateOnly(int t, int row, int offset, bool withFormulas)
    {
        if (withFormulas && _formulas[t] is { } formula)
        {
            WriteFormula(_columns[t], row, _styles[t], RenderTemplateFormula(formula, offset));
        }
        else if (_styles[t].Length > 0)
        {
            WriteEmpty(_columns[t], row, _styles[t]);
        }
    }

    private void WriteCell(XlCell cell, int row, byte[] style, ParsedFormula? templateFormula, int offset)
    {
        switch (cell.Kind)
        {
            case XlCellKind.Number or XlCellKind.Date when double.IsFinite(cell.Number):
                StartCell(cell.Column, row, style);
                _w.Raw(_m.ValueOpen);
                _w.Number(cell.Number);
                _w.Raw(_m.ValueClose);
                break;
            case XlCellKind.Bool:
                StartCell(cell.Column, row, style);
                _w.Raw(cell.Number != 0 ? _m.BoolTrue : _m.BoolFalse);
                break;
            case XlCellKind.Text:
                WriteText(cell.Column, row, style, cell.Text);
                break;
            case XlCellKind.Link:
                WriteLink(cell, row, style);
                break;
            case XlCellKind.Formula when cell.Formula is not null:
                WriteFormula(cell.Column, row, style, cell.Formula);
                break;
            case XlCellKind.Formula when templateFormula is not null:
                WriteFormula(cell.Column, row, style, RenderTemplateFormula(templateFormula, offset));
                break;
            default:
                WriteEmpty(cell.Column, row, style);
                break;
        }
    }

    private void WriteLink(XlCell cell, int row, byte[] style)
    {
        var target = LinkTarget.TryGet(cell.Url);
        if (target is not null && _sheet.Links.Count < _sheet.Options.MaxHyperlinksPerSheet && !string.IsNullOrEmpty(cell.Text))
        {
            _sheet.Links.Add(row, cell.Column, target);
            _sheet.Counters.HyperlinksWritten++;
        }
        else
        {
            _sheet.Counters.HyperlinksAsText++;
        }

        WriteText(cell.Column, row, style, cell.Text);
    }

    private void WriteText(int column, int row, byte[] style, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            WriteEmpty(column, row, style);
            return;
        }

        var span = text.AsSpan();
        if (span.Length > ExcelLimits.MaxCellTextLength)
        {
            span = span[..(char.IsHighSurrogate(span[ExcelLimits.MaxCellTextLength - 1]) ? ExcelLimits.MaxCellTextLength - 1 : ExcelLimits.MaxCellTextLength)];
            _sheet.Counters.TextsTruncated++;
        }

        StartCell(column, row, style);
        _w.Raw(char.IsWhiteSpace(span[0]) || char.IsWhiteSpace(span[^1])
            ? _m.InlineOpenPreserve
            : _m.InlineOpen);
        _w.CellText(span);
        _w.Raw(_m.InlineClose);
    }

    private void WriteFormula(int column, int row, byte[] style, string formula)
    {
        StartCell(column, row, style);
        _w.Raw(_m.FormulaOpen);
        _w.Text(formula);
        _w.Raw(_m.FormulaClose);
    }

    private void WriteEmpty(int column, int row, byte[] style)
    {
        if (style.Length == 0)
        {
            return;
        }

        StartCell(column, row, style);
        _w.Raw("/>"u8);
    }

    private void StartCell(int column, int row, byte[] style)
    {
        _w.Raw(_m.CellOpen);
        _w.CellRef(column, row);
        _w.Raw("\""u8);
        _w.Raw(style);
    }

    private string RenderTemplateFormula(ParsedFormula formula, int offset)
    {
        _formula.Clear();
        formula.RenderTo(_formula, new ShiftContext(_sheet.Map, _sheet.SheetName) { CopyTemplateRow = _job.TemplateRow, PostRowDelta = offset });
        return _formula.ToString();
    }

    /// <summary>Null when the cells are already in strictly ascending column order; otherwise a sorted copy.</summary>
    private XlCell[]? Sorted(IReadOnlyList<XlCell> cells, int offset)
    {
        var previous = 0;
        var sorted = true;
        for (var i = 0; i < cells.Count; i++)
        {
            var column = cells[i].Column;
            if (column is < 1 or > ExcelLimits.MaxColumn)
            {
                throw new ArgumentOutOfRangeException(nameof(cells), $"Generated row {offset} for {_job.SheetName} row {_job.TemplateRow} has a cell in column {column}.");
            }

            sorted &= column > previous;
            previous = column;
        }

        if (sorted)
        {
            return null;
        }

        var copy = cells.ToArray();
        Array.Sort(copy, (a, b) => a.Column.CompareTo(b.Column));
        for (var i = 1; i < copy.Length; i++)
        {
            if (copy[i].Column == copy[i - 1].Column)
            {
                throw new ArgumentException($"Generated row {offset} for {_job.SheetName} row {_job.TemplateRow} has two cells in column {copy[i].Column}.", nameof(cells));
            }
        }

        return copy;
    }

    private static byte[] Encode(IEnumerable<(string Name, string Value)> attributes)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8XmlWriter(buffer, 1024))
        {
            foreach (var (name, value) in attributes)
            {
                writer.Attribute(name, value);
            }
        }

        return buffer.ToArray();
    }
}
