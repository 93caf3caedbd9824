using System.Xml;

namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Reads a template row element into a <see cref="TemplateRow"/>: row attributes, and each cell's style and formula.</summary>
internal sealed class TemplateRowReader
{
    private readonly XmlReader _r;
    private readonly SharedFormulas _shared;
    private readonly SheetContext _sheet;

    public TemplateRowReader(XmlReader reader, SharedFormulas shared, SheetContext sheet)
    {
        _r = reader;
        _shared = shared;
        _sheet = sheet;
    }

    /// <summary>Reads the row element the reader is on and leaves the reader after it.</summary>
    public TemplateRow Read(int row)
    {
        var attributes = new List<KeyValuePair<string, string>>();
        if (_r.MoveToFirstAttribute())
        {
            do
            {
                if (_r.Name != "r")
                {
                    attributes.Add(new(_r.Name, _r.Value));
                }
            }
            while (_r.MoveToNextAttribute());

            _r.MoveToElement();
        }

        var cells = new List<TemplateCell>();
        if (_r.IsEmptyElement)
        {
            _r.Read();
            return new TemplateRow(row, attributes, cells);
        }

        _r.Read();
        var column = 0;
        while (!(_r.NodeType == XmlNodeType.EndElement && _r.LocalName == "row"))
        {
            if (_r.NodeType == XmlNodeType.Element && _r.LocalName == "c")
            {
                cells.Add(ReadTemplateCell(row, ref column));
            }
            else
            {
                _r.Read();
            }
        }

        _r.Read();
        return new TemplateRow(row, attributes, cells);
    }

    private TemplateCell ReadTemplateCell(int row, ref int column)
    {
        var reference = _r.GetAttribute("r");
        column = reference is null ? column + 1 : FormulaElement.ColumnOf(reference);
        var style = _r.GetAttribute("s");
        ParsedFormula? formula = null;
        if (_r.IsEmptyElement)
        {
            _r.Read();
            return new TemplateCell(column, style, null);
        }

        var depth = _r.Depth;
        _r.Read();
        while (!(_r.NodeType == XmlNodeType.EndElement && _r.Depth == depth))
        {
            if (_r.NodeType == XmlNodeType.Element && _r.LocalName == "f" && _r.Depth == depth + 1)
            {
                var (type, text, attributes) = FormulaElement.Read(_r);
                var plain = type == "shared" ? _shared.Unshare(attributes, text, row, column, RowShiftMap.None) : text;
                formula = string.IsNullOrEmpty(plain) ? null : FormulaTokenizer.Parse(_sheet.QualifyStructuredReferences(plain, row, column));
            }
            else
            {
                _r.Read();
            }
        }

        _r.Read();
        return new TemplateCell(column, style, formula);
    }
}
