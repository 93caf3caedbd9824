using System.IO.Compression;
using System.Xml.Linq;

namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>The workbook's structure: where the workbook, its sheets, tables, drawings, charts and calculation chain live.</summary>
internal sealed class PackageMap
{
    private PackageMap(string workbookPath, IReadOnlyList<SheetPart> sheets, IReadOnlyDictionary<string, string> contentTypes)
    {
        WorkbookPath = workbookPath;
        WorkbookRelationshipsPath = PartPath.RelationshipsOf(workbookPath);
        Sheets = sheets;
        ContentTypes = contentTypes;
    }

    public string WorkbookPath { get; }

    public string WorkbookRelationshipsPath { get; }

    public IReadOnlyList<SheetPart> Sheets { get; }

    /// <summary>Override content types by part path (no leading slash, case-insensitive).</summary>
    public IReadOnlyDictionary<string, string> ContentTypes { get; }

    public string? CalcChainPath { get; private init; }

    public SheetPart? FindSheet(string name) =>
        Sheets.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    public bool IsChart(string path) => ContentTypes.TryGetValue(path, out var type) && type == PackageNames.ChartContentType;

    public bool IsPivotCache(string path) => ContentTypes.TryGetValue(path, out var type) && type == PackageNames.PivotCacheContentType;

    public static PackageMap Read(ZipArchive zip)
    {
        var workbookTarget = XmlParts.Relationships(zip, "_rels/.rels").FirstOrDefault(r => r.Type == PackageNames.OfficeDocumentType).Target
            ?? throw new InvalidDataException("The package has no officeDocument relationship: not a workbook.");
        var workbookPath = PartPath.Resolve(string.Empty, workbookTarget);
        var workbookEntry = zip.GetEntry(workbookPath) ?? throw new InvalidDataException($"The workbook part {workbookPath} is missing.");
        var relationships = XmlParts.Relationships(zip, PartPath.RelationshipsOf(workbookPath));
        XNamespace main = PackageNames.SpreadsheetNamespace;
        XNamespace r = PackageNames.RelationshipsNamespace;
        var sheets = new List<SheetPart>();
        var index = 0;
        foreach (var sheet in XmlParts.Load(workbookEntry).Root!.Element(main + "sheets")?.Elements(main + "sheet") ?? [])
        {
            var id = (string?)sheet.Attribute(r + "id");
            var rel = relationships.FirstOrDefault(x => x.Id == id);
            if (rel.Type == PackageNames.WorksheetType)
            {
                sheets.Add(ReadSheet(zip, (string?)sheet.Attribute("name") ?? string.Empty, index, PartPath.Resolve(workbookPath, rel.Target)));
            }

            index++;
        }

        var calcChain = relationships.FirstOrDefault(x => x.Type == PackageNames.CalcChainType).Target;
        return new PackageMap(workbookPath, sheets, ReadContentTypes(zip))
        {
            CalcChainPath = calcChain is null ? null : PartPath.Resolve(workbookPath, calcChain),
        };
    }

    private static SheetPart ReadSheet(ZipArchive zip, string name, int index, string path)
    {
        var relsPath = PartPath.RelationshipsOf(path);
        var rels = XmlParts.Relationships(zip, relsPath);
        IReadOnlyList<string> Targets(string type) =>
            rels.Where(x => x.Type == type && x.Mode != "External").Select(x => PartPath.Resolve(path, x.Target)).ToList();
        var tables = Targets(PackageNames.TableType);
        return new SheetPart(name, index, path, relsPath, tables, Targets(PackageNames.DrawingType),
            Targets(PackageNames.CommentsType), rels.Select(x => x.Id).ToHashSet(StringComparer.Ordinal))
        {
            TableAreas = tables.Select(t => ReadTableArea(zip, t)).OfType<TableArea>().ToList(),
        };
    }

    private static TableArea? ReadTableArea(ZipArchive zip, string path)
    {
        var entry = zip.GetEntry(path);
        var root = entry is null ? null : XmlParts.Load(entry).Root;
        var name = (string?)root?.Attribute("displayName") ?? (string?)root?.Attribute("name");
        var range = (string?)root?.Attribute("ref");
        return name is not null && range is not null && ReferenceShifter.TryParseRange(range, out var start, out var end) && start.IsCell && end.IsCell
            ? new TableArea(name, start, end)
            : null;
    }

    private static Dictionary<string, string> ReadContentTypes(ZipArchive zip)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var entry = zip.GetEntry("[Content_Types].xml");
        if (entry is null)
        {
            return result;
        }

        XNamespace ct = PackageNames.ContentTypesNamespace;
        foreach (var o in XmlParts.Load(entry).Root!.Elements(ct + "Override"))
        {
            var part = ((string?)o.Attribute("PartName") ?? string.Empty).TrimStart('/');
            result[part] = (string?)o.Attribute("ContentType") ?? string.Empty;
        }

        return result;
    }
}
