using System.Buffers.Text;
using System.Runtime.CompilerServices;
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
    private readonly byte[] _rowAttributesWithoutHeight;
    private readonly byte[] _rowStyle;
    private readonly int[] _columns;
    private readonly byte[][] _styles;
    private readonly ParsedFormula?[] _formulas;
    private readonly StringBuilder _formula = new();
    private readonly byte[] _rowDigits = new byte[12];
    private int _rowDigitCount;
    private int _currentRow;
    private readonly RowCells _cells;

    public GeneratedRowWriter(Utf8XmlWriter writer, SheetContext sheet, ExpansionJob job, TemplateRow template)
    {
        _w = writer;
        _m = sheet.Markup;
        _sheet = sheet;
        _job = job;
        // spans is only a hint and generated rows may reach past the template's columns: leave it out.
        _rowAttributes = Encode(template.Attributes.Where(a => a.Key != "spans").Select(a => (a.Key, a.Value)));
        _rowAttributesWithoutHeight = Encode(template.Attributes.Where(a => a.Key is not ("spans" or "ht" or "customHeight")).Select(a => (a.Key, a.Value)));
        _rowStyle = template.RowStyle is null ? [] : Encode([("s", template.RowStyle)]);
        _columns = template.Cells.Select(c => c.Column).ToArray();
        _styles = template.Cells.Select(c => c.Style is null or "0" ? [] : Encode([("s", c.Style)])).ToArray();
        _formulas = template.Cells.Select(c => c.Formula).ToArray();
        _cells = new RowCells(job);
    }

    /// <summary>Enumerates the job's rows once and writes them; an empty job writes one empty styled row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteRow(int row, IReadOnlyList<XlCell> cells, int offset, bool withFormulas)
    {
        _w.Raw(_m.RowOpen);
        _w.Int(row);
        _w.Raw("\""u8);
        if (_job.RowHeight?.Invoke(cells) is { } height && height > 0)
        {
            _w.Raw(_rowAttributesWithoutHeight);
            _w.Raw(" ht=\""u8);
            _w.Raw(Encoding.UTF8.GetBytes(Math.Min(height, 409).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)));
            _w.Raw("\" customHeight=\"1\">"u8);
        }
        else
        {
            _w.Raw(_rowAttributes);
            _w.Raw(">"u8);
        }

        _currentRow = row;
        Utf8Formatter.TryFormat(row, _rowDigits, out _rowDigitCount);
        var span = _cells.Ordered(cells, offset);
        var t = 0;
        foreach (ref readonly var cell in span)
        {
            while (t < _columns.Length && _columns[t] < cell.Column)
            {
                WriteTemplateOnly(t++, offset, withFormulas);
            }

            var style = _rowStyle;
            ParsedFormula? formula = null;
            if (t < _columns.Length && _columns[t] == cell.Column)
            {
                style = _styles[t];
                formula = _formulas[t];
                t++;
            }

            WriteCell(cell, style, formula, offset);
        }

        while (t < _columns.Length)
        {
            WriteTemplateOnly(t++, offset, withFormulas);
        }

        _w.Raw(_m.RowClose);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteTemplateOnly(int t, int offset, bool withFormulas)
    {
        if (withFormulas && _formulas[t] is { } formula)
        {
            WriteFormula(_columns[t], _styles[t], RenderTemplateFormula(formula, offset));
        }
        else if (_styles[t].Length > 0)
        {
            WriteEmpty(_columns[t], _styles[t]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteCell(in XlCell cell, byte[] style, ParsedFormula? templateFormula, int offset)
    {
        switch (cell.Kind)
        {
            case XlCellKind.Number or XlCellKind.Date when double.IsFinite(cell.Number):
                StartCell(cell.Column, style);
                _w.Raw(_m.ValueOpen);
                _w.Number(cell.Number);
                _w.Raw(_m.ValueClose);
                break;
            case XlCellKind.Bool:
                StartCell(cell.Column, style);
                _w.Raw(cell.Number != 0 ? _m.BoolTrue : _m.BoolFalse);
                break;
            case XlCellKind.Text:
                WriteText(cell.Column, style, cell.Text);
                break;
            case XlCellKind.Link:
                WriteLink(cell, style);
                break;
            case XlCellKind.Formula when cell.Formula is not null:
                WriteFormula(cell.Column, style, cell.Formula);
                break;
            case XlCellKind.Formula when templateFormula is not null:
                WriteFormula(cell.Column, style, RenderTemplateFormula(templateFormula, offset));
                break;
            default:
                WriteEmpty(cell.Column, style);
                break;
        }
    }

    private void WriteLink(in XlCell cell, byte[] style)
    {
        var target = LinkTarget.TryGet(cell.Url);
        if (target is not null && _sheet.Links.Count < _sheet.Options.MaxHyperlinksPerSheet && !string.IsNullOrEmpty(cell.Text))
        {
            _sheet.Links.Add(_currentRow, cell.Column, target);
            _sheet.Counters.HyperlinksWritten++;
        }
        else
        {
            _sheet.Counters.HyperlinksAsText++;
        }

        WriteText(cell.Column, style, cell.Text);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteText(int column, byte[] style, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            WriteEmpty(column, style);
            return;
        }

        var span = text.AsSpan();
        if (span.Length > ExcelLimits.MaxCellTextLength)
        {
            span = span[..(char.IsHighSurrogate(span[ExcelLimits.MaxCellTextLength - 1]) ? ExcelLimits.MaxCellTextLength - 1 : ExcelLimits.MaxCellTextLength)];
            _sheet.Counters.TextsTruncated++;
        }

        StartCell(column, style);
        _w.Raw(char.IsWhiteSpace(span[0]) || char.IsWhiteSpace(span[^1])
            ? _m.InlineOpenPreserve
            : _m.InlineOpen);
        _w.CellText(span);
        _w.Raw(_m.InlineClose);
    }

    private void WriteFormula(int column, byte[] style, string formula)
    {
        StartCell(column, style);
        _w.Raw(_m.FormulaOpen);
        _w.Text(formula);
        _w.Raw(_m.FormulaClose);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteEmpty(int column, byte[] style)
    {
        if (style.Length == 0)
        {
            return;
        }

        StartCell(column, style);
        _w.Raw("/>"u8);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void StartCell(int column, byte[] style)
    {
        _w.Raw(_m.CellOpen);
        _w.CellRef(ColumnName.Utf8(column), _rowDigits.AsSpan(0, _rowDigitCount));
        _w.Raw("\""u8);
        _w.Raw(style);
    }

    private string RenderTemplateFormula(ParsedFormula formula, int offset)
    {
        _formula.Clear();
        formula.RenderTo(_formula, new ShiftContext(_sheet.Map, _sheet.SheetName) { CopyTemplateRow = _job.TemplateRow, PostRowDelta = offset });
        return _formula.ToString();
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
