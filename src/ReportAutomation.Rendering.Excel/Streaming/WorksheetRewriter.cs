using System.Xml;

namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Streams one worksheet part: sheetData through <see cref="SheetDataRewriter"/>, and every reference outside it
/// (dimension, panes, merged cells, conditional formats, validations, hyperlinks, page breaks) through the reference shifter.</summary>
internal sealed class WorksheetRewriter
{
    private static readonly byte[] Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"u8.ToArray();

    // Elements CT_Worksheet puts after <hyperlinks>: generated hyperlinks go before the first of them.
    private static readonly HashSet<string> AfterHyperlinks =
    [
        "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches",
        "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects",
        "controls", "webPublishItems", "tableParts", "extLst",
    ];

    private static readonly HashSet<string> RefElements = ["dimension", "autoFilter", "sortState", "sortCondition", "hyperlink"];

    private static readonly HashSet<string> FormulaElements = ["formula", "formula1", "formula2", "f", "sqref"];

    private readonly SheetContext _sheet;
    private string _relationshipPrefix = "r";

    public WorksheetRewriter(SheetContext sheet)
    {
        _sheet = sheet;
    }

    public void Rewrite(Stream input, Stream output, CancellationToken ct)
    {
        using var reader = XmlReader.Create(input, XmlCopier.ReaderSettings);
        using var w = new Utf8XmlWriter(output);
        var copier = new XmlCopier(w, _sheet.Naming);
        w.Raw(Declaration);
        reader.MoveToContent();
        var extra = RelationshipNamespaceDeclaration(reader);
        if (reader.Prefix.Length > 0 && reader.NamespaceURI == PackageNames.SpreadsheetNamespace && reader.GetAttribute("xmlns") is null)
        {
            _sheet.Naming.DroppedPrefix = reader.Prefix;
            extra += $" xmlns=\"{PackageNames.SpreadsheetNamespace}\"";
        }

        var root = _sheet.Naming.NameOf(reader);
        _sheet.Markup = new SheetMarkup(_sheet.Naming.DroppedPrefix is null ? reader.Prefix : string.Empty);
        copier.WriteStartElement(reader, extra);
        reader.Read();
        var linksWritten = false;
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == 0))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            var local = reader.LocalName;
            if (!linksWritten && AfterHyperlinks.Contains(local))
            {
                WriteHyperlinks(w, []);
                linksWritten = true;
            }

            switch (local)
            {
                case "sheetData":
                    new SheetDataRewriter(reader, w, _sheet).Rewrite(ct);
                    break;
                case "mergeCells":
                    RewriteMergeCells(reader, w);
                    break;
                case "hyperlinks":
                    WriteHyperlinks(w, ReadHyperlinks(reader));
                    linksWritten = true;
                    break;
                case "rowBreaks":
                    copier.MapAttribute = (element, name, value) => element == "brk" && name == "id" ? MapBreak(value) : value;
                    copier.MapText = null;
                    copier.CopySubtree(reader);
                    break;
                default:
                    copier.MapAttribute = MapAttribute;
                    copier.MapText = (element, text) => FormulaElements.Contains(element) ? _sheet.ShiftFormula(text) : text;
                    copier.CopySubtree(reader);
                    break;
            }
        }

        if (!linksWritten)
        {
            WriteHyperlinks(w, []);
        }

        w.Raw("</"u8);
        w.Raw(root);
        w.Raw(">"u8);
    }

    private string? RelationshipNamespaceDeclaration(XmlReader reader)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.Prefix == "xmlns")
                {
                    used.Add(reader.LocalName);
                    if (reader.Value == PackageNames.RelationshipsNamespace)
                    {
                        _relationshipPrefix = reader.LocalName;
                        reader.MoveToElement();
                        return null;
                    }
                }
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        _relationshipPrefix = used.Contains("r") ? "rgen" : "r";
        return $" xmlns:{_relationshipPrefix}=\"{PackageNames.RelationshipsNamespace}\"";
    }

    private string MapAttribute(string element, string name, string value) => name switch
    {
        "sqref" or "topLeftCell" or "activeCell" or "location" => _sheet.ShiftFormula(value),
        "ref" when RefElements.Contains(element) => _sheet.ShiftFormula(value),
        "r" when element == "cellWatch" => _sheet.ShiftFormula(value),
        _ => value,
    };

    private string MapBreak(string id)
    {
        var shift = _sheet.Shift;
        return shift is not null && int.TryParse(id, out var row) && row > 0
            ? shift.MapEnd(row).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : id;
    }

    private void RewriteMergeCells(XmlReader reader, Utf8XmlWriter w)
    {
        var refs = new List<string>();
        var depth = reader.Depth;
        var empty = reader.IsEmptyElement;
        reader.Read();
        while (!empty && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "mergeCell" && reader.GetAttribute("ref") is { } r)
            {
                refs.Add(r);
            }

            reader.Read();
        }

        if (!empty)
        {
            reader.Read();
        }

        // A merge lying on a template row is repeated on every generated row; any other merge moves or grows.
        var plan = refs.Select(r => (Ref: r, Job: TemplateRowOf(r))).ToList();
        var count = plan.Sum(p => p.Job?.OutputRows ?? 1);
        if (count == 0)
        {
            return;
        }

        var p = _sheet.Markup.Prefix;
        w.Raw("<" + p + "mergeCells count=\"");
        w.Int(count);
        w.Raw("\">"u8);
        foreach (var (r, job) in plan)
        {
            if (job is null)
            {
                w.Raw("<" + p + "mergeCell ref=\"");
                w.AttributeValue(_sheet.ShiftFormula(r));
                w.Raw("\"/>"u8);
                continue;
            }

            ReferenceShifter.TryParseRange(r, out var start, out var end);
            for (var k = 0; k < job.OutputRows; k++)
            {
                w.Raw("<" + p + "mergeCell ref=\"");
                w.CellRef(start.Column, job.FirstRow + k);
                w.Raw(":"u8);
                w.CellRef(end.Column, job.FirstRow + k);
                w.Raw("\"/>"u8);
            }
        }

        w.Raw("</" + p + "mergeCells>");
    }

    private ExpansionJob? TemplateRowOf(string range) =>
        ReferenceShifter.TryParseRange(range, out var start, out var end) && start.IsCell && end.IsCell && start.Row == end.Row
            ? _sheet.ExpansionAt(start.Row)
            : null;

    private List<List<KeyValuePair<string, string>>> ReadHyperlinks(XmlReader reader)
    {
        var links = new List<List<KeyValuePair<string, string>>>();
        var depth = reader.Depth;
        var empty = reader.IsEmptyElement;
        reader.Read();
        while (!empty && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "hyperlink")
            {
                var attributes = new List<KeyValuePair<string, string>>();
                var onTemplateRow = false;
                while (reader.MoveToNextAttribute())
                {
                    var value = reader.Value;
                    if (reader.Name == "ref")
                    {
                        onTemplateRow = TemplateRowOf(value) is not null;
                    }

                    attributes.Add(new(reader.Name, MapAttribute("hyperlink", reader.Name, value)));
                }

                reader.MoveToElement();

                // A template cell's own link would land on the first generated row only: drop it.
                if (!onTemplateRow)
                {
                    links.Add(attributes);
                }
            }

            reader.Read();
        }

        if (!empty)
        {
            reader.Read();
        }

        return links;
    }

    private void WriteHyperlinks(Utf8XmlWriter w, List<List<KeyValuePair<string, string>>> existing)
    {
        if (existing.Count == 0 && _sheet.Links.Count == 0)
        {
            return;
        }

        var p = _sheet.Markup.Prefix;
        w.Raw("<" + p + "hyperlinks>");
        foreach (var attributes in existing)
        {
            w.Raw("<" + p + "hyperlink");
            foreach (var a in attributes)
            {
                w.Attribute(a.Key, a.Value);
            }

            w.Raw("/>"u8);
        }

        var id = 0;
        var idAttribute = " " + _relationshipPrefix + ":id=\"" + _sheet.LinkIdPrefix;
        foreach (var (row, column, _) in _sheet.Links.ReadAll())
        {
            w.Raw("<" + p + "hyperlink ref=\"");
            w.CellRef(column, row);
            w.Raw("\""u8);
            w.Raw(idAttribute);
            w.Int(++id);
            w.Raw("\"/>"u8);
        }

        w.Raw("</" + p + "hyperlinks>");
    }
}
