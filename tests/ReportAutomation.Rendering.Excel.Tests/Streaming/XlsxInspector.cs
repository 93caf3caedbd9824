using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace ReportAutomation.Rendering.Excel.Tests.Streaming;

/// <summary>Reads an expanded workbook back with the OpenXml SDK, independently of the expander's own code.</summary>
internal sealed class XlsxInspector : IDisposable
{
    private readonly SpreadsheetDocument _doc;
    private readonly Dictionary<string, Dictionary<string, Cell>> _cells = [];

    public XlsxInspector(string path)
    {
        Path = path;
        _doc = SpreadsheetDocument.Open(path, false);
    }

    public string Path { get; }

    public WorkbookPart Workbook => _doc.WorkbookPart!;

    /// <summary>The package's core properties (title, creator, created...).</summary>
    public System.IO.Packaging.PackageProperties Properties => _doc.PackageProperties;

    public WorksheetPart Sheet(string name)
    {
        var sheet = Workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)Workbook.GetPartById(sheet.Id!);
    }

    public Cell? Cell(string sheet, string reference)
    {
        if (!_cells.TryGetValue(sheet, out var cells))
        {
            cells = Sheet(sheet).Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
            _cells[sheet] = cells;
        }

        return cells.GetValueOrDefault(reference);
    }

    public string? Formula(string sheet, string reference) => Cell(sheet, reference)?.CellFormula?.Text;

    /// <summary>The cell's text: inline string, shared string or raw value.</summary>
    public string? Text(string sheet, string reference)
    {
        var cell = Cell(sheet, reference);
        if (cell is null)
        {
            return null;
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString!.Text!.Text;
        }

        if (cell.DataType?.Value == CellValues.SharedString)
        {
            var index = int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture);
            return Workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(index).InnerText;
        }

        return cell.CellValue?.Text;
    }

    public double? Number(string sheet, string reference) =>
        Cell(sheet, reference)?.CellValue?.Text is { } v ? double.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : null;

    public string DefinedName(string name) =>
        Workbook.Workbook.DefinedNames!.Elements<DefinedName>().Single(d => d.Name == name).Text;

    public Table Table(string sheet) => Sheet(sheet).TableDefinitionParts.Single().Table;

    public IReadOnlyList<C.ChartSpace> Charts(string sheet) =>
        Sheet(sheet).DrawingsPart?.ChartParts.Select(c => c.ChartSpace).ToList() ?? [];

    /// <summary>Each series' (name, categories, values) formulas.</summary>
    public static IReadOnlyList<(string? Name, string? Categories, string? Values)> Series(C.ChartSpace chart) =>
        chart.Descendants().Where(e => e.LocalName == "ser").Select(s => (
                s.Elements().FirstOrDefault(e => e.LocalName == "tx")?.Descendants<C.Formula>().FirstOrDefault()?.Text,
                s.Elements().FirstOrDefault(e => e.LocalName == "cat")?.Descendants<C.Formula>().FirstOrDefault()?.Text,
                s.Elements().FirstOrDefault(e => e.LocalName == "val")?.Descendants<C.Formula>().FirstOrDefault()?.Text)).ToList();

    /// <summary>The names of the zip entries.</summary>
    public static IReadOnlyList<string> Entries(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    /// <summary>The bytes of one zip entry.</summary>
    public static byte[] EntryBytes(string path, string entry)
    {
        using var zip = ZipFile.OpenRead(path);
        using var stream = zip.GetEntry(entry)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public void Dispose() => _doc.Dispose();
}
