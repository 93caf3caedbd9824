using System.Globalization;
using System.Xml;

namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Streams <c>sheetData</c>: rows move down below template rows, formulas are rewritten (shared formulas unshared),
/// and each template row is replaced by its generated rows.</summary>
internal sealed class SheetDataRewriter
{
    private readonly XmlReader _r;
    private readonly Utf8XmlWriter _w;
    private readonly XmlCopier _copier;
    private readonly SheetContext _sheet;
    private readonly Queue<ExpansionJob> _pending;
    private readonly SharedFormulas _shared;
    private readonly TemplateRowReader _templates;

    public SheetDataRewriter(XmlReader reader, Utf8XmlWriter writer, SheetContext sheet)
    {
        _r = reader;
        _w = writer;
        _copier = new XmlCopier(writer, sheet.Naming);
        _sheet = sheet;
        _pending = new Queue<ExpansionJob>(sheet.Expansions.OrderBy(e => e.TemplateRow));
        _shared = new SharedFormulas(sheet.SheetName);
        _templates = new TemplateRowReader(reader, _shared, sheet);
    }

    /// <summary>Rewrites the sheetData element the reader is on and leaves the reader after it.</summary>
    public void Rewrite(CancellationToken ct)
    {
        var empty = _r.IsEmptyElement;
        var name = _sheet.Naming.NameOf(_r);
        _w.Raw("<"u8);
        _w.Raw(name);
        _w.Raw(">"u8);
        _r.Read();
        var lastRow = 0;
        while (!empty && !(_r.NodeType == XmlNodeType.EndElement && _r.LocalName == "sheetData"))
        {
            if (_r.NodeType == XmlNodeType.Element && _r.LocalName == "row")
            {
                var row = ParseInt(_r.GetAttribute("r")) ?? lastRow + 1;
                lastRow = row;
                EmitExpansionsAbove(row, ct);
                if (_pending.TryPeek(out var job) && job.TemplateRow == row)
                {
                    _pending.Dequeue();
                    Emit(job, _templates.Read(row), ct);
                }
                else
                {
                    CopyRow(row);
                }
            }
            else
            {
                _r.Read();
            }
        }

        EmitExpansionsAbove(int.MaxValue, ct);
        _w.Raw("</"u8);
        _w.Raw(name);
        _w.Raw(">"u8);
        if (!empty)
        {
            _r.Read();
        }
    }

    private void EmitExpansionsAbove(int row, CancellationToken ct)
    {
        // A template row with no row element in the input still gets its generated rows, in order.
        while (_pending.TryPeek(out var job) && job.TemplateRow < row)
        {
            _pending.Dequeue();
            Emit(job, TemplateRow.Missing(job.TemplateRow), ct);
        }
    }

    private void Emit(ExpansionJob job, TemplateRow template, CancellationToken ct) =>
        new GeneratedRowWriter(_w, _sheet, job, template).WriteAll(ct);

    private void CopyRow(int row)
    {
        var moved = _sheet.Shift?.MapStartUnclamped(row) ?? row;
        if (moved > ExcelLimits.MaxRow)
        {
            throw new InvalidOperationException($"Sheet '{_sheet.SheetName}' row {row} would move to row {moved}, past Excel's last row {ExcelLimits.MaxRow}.");
        }

        var newRow = (int)moved;
        _copier.MapAttribute = (_, name, value) => name == "r" ? newRow.ToString(CultureInfo.InvariantCulture) : value;

        // Rows and cells without r are positional; once rows move, say where they are.
        var explicitRow = _r.GetAttribute("r") is null ? $" r=\"{newRow.ToString(CultureInfo.InvariantCulture)}\"" : null;
        if (_copier.WriteStartElement(_r, explicitRow))
        {
            _r.Read();
            return;
        }

        _r.Read();
        var column = 0;
        while (!(_r.NodeType == XmlNodeType.EndElement && _r.LocalName == "row"))
        {
            if (_r.NodeType == XmlNodeType.Element && _r.LocalName == "c")
            {
                column = CopyCell(row, newRow, column);
            }
            else
            {
                _r.Read();
            }
        }

        _w.Raw("</"u8);
        _w.Raw(_sheet.Naming.NameOf(_r));
        _w.Raw(">"u8);
        _r.Read();
    }

    private int CopyCell(int row, int newRow, int previousColumn)
    {
        var reference = _r.GetAttribute("r");
        var column = reference is null ? previousColumn + 1 : FormulaElement.ColumnOf(reference);
        var cellRef = ColumnName.Letters(column) + newRow.ToString(CultureInfo.InvariantCulture);
        _copier.MapAttribute = (_, name, value) => name == "r" ? cellRef : value;
        if (_copier.WriteStartElement(_r, reference is null ? $" r=\"{cellRef}\"" : null))
        {
            _r.Read();
            return column;
        }

        _r.Read();
        _copier.MapAttribute = null;
        var hasFormula = false;
        while (!(_r.NodeType == XmlNodeType.EndElement && _r.LocalName == "c"))
        {
            if (_r.NodeType == XmlNodeType.Element && _r.LocalName == "f")
            {
                CopyFormula(row, column);
                hasFormula = true;
            }
            else if (hasFormula && _r.NodeType == XmlNodeType.Element && _r.LocalName == "v")
            {
                // The cached result is stale once rows move; Excel and LibreOffice recalculate on load.
                _r.Skip();
            }
            else if (_r.NodeType == XmlNodeType.Element)
            {
                _copier.CopySubtree(_r);
            }
            else
            {
                _r.Read();
            }
        }

        _w.Raw("</"u8);
        _w.Raw(_sheet.Naming.NameOf(_r));
        _w.Raw(">"u8);
        _r.Read();
        return column;
    }

    private void CopyFormula(int row, int column)
    {
        var name = _sheet.Naming.NameOf(_r);
        var (type, read, attributes) = FormulaElement.Read(_r);
        var text = _sheet.QualifyStructuredReferences(read, row, column);
        string? formula;
        if (type == "shared")
        {
            formula = _shared.Unshare(attributes, text, row, column, _sheet.Map);
            attributes.RemoveAll(a => a.Key is "t" or "ref" or "si");
        }
        else
        {
            formula = _sheet.ShiftFormula(text);
            if (type == "array")
            {
                var i = attributes.FindIndex(a => a.Key == "ref");
                if (i >= 0)
                {
                    attributes[i] = new(attributes[i].Key, _sheet.ShiftFormula(attributes[i].Value));
                }
            }
        }

        if (formula is null)
        {
            return;
        }

        _w.Raw("<"u8);
        _w.Raw(name);
        foreach (var a in attributes)
        {
            _w.Attribute(a.Key, a.Value);
        }

        _w.Raw(">"u8);
        _w.Text(formula);
        _w.Raw("</"u8);
        _w.Raw(name);
        _w.Raw(">"u8);
    }

    private static int? ParseInt(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
