using System.IO.Compression;
using System.Xml.Linq;

namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Writes the output package entry by entry, in the input's order: worksheets streamed, small parts that hold
/// references rewritten as documents, the calculation chain dropped, everything else copied as is.</summary>
internal sealed class PackageRewriter
{
    private readonly ZipArchive _input;
    private readonly PackageMap _package;
    private readonly RowShiftMap _map;
    private readonly IReadOnlyList<ExpansionJob> _jobs;
    private readonly RowExpanderOptions _options;
    private readonly ExpansionCounters _counters;
    private readonly Dictionary<string, SheetContext> _expandedSheets = new(StringComparer.OrdinalIgnoreCase);

    public PackageRewriter(ZipArchive input, PackageMap package, RowShiftMap map, IReadOnlyList<ExpansionJob> jobs, RowExpanderOptions options, ExpansionCounters counters)
    {
        _input = input;
        _package = package;
        _map = map;
        _jobs = jobs;
        _options = options;
        _counters = counters;
    }

    public void Write(ZipArchive output, CancellationToken ct)
    {
        var tempFolder = _options.TempFolder ?? Path.GetTempPath();
        var deferred = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sheet in _package.Sheets.Where(s => _jobs.Any(j => j.SheetName == s.Name)))
        {
            var prefix = "rIdXl";
            while (sheet.RelationshipIds.Any(id => id.StartsWith(prefix, StringComparison.Ordinal)))
            {
                prefix += "x";
            }

            _expandedSheets[sheet.Path] = NewContext(sheet, new HyperlinkSpool(tempFolder), prefix);
            deferred.Add(sheet.RelationshipsPath);
        }

        try
        {
            foreach (var entry in _input.Entries)
            {
                ct.ThrowIfCancellationRequested();
                if (!deferred.Contains(entry.FullName) && !string.Equals(entry.FullName, _package.CalcChainPath, StringComparison.OrdinalIgnoreCase))
                {
                    WriteEntry(entry, output, ct);
                }
            }

            foreach (var sheet in _package.Sheets.Where(s => _expandedSheets.ContainsKey(s.Path)))
            {
                WriteSheetRelationships(sheet, _expandedSheets[sheet.Path], output);
            }
        }
        finally
        {
            foreach (var context in _expandedSheets.Values)
            {
                context.Links.Dispose();
            }
        }
    }

    private SheetContext NewContext(SheetPart sheet, HyperlinkSpool links, string prefix) => new()
    {
        SheetName = sheet.Name,
        Map = _map,
        Tables = sheet.TableAreas,
        Expansions = _jobs.Where(j => j.SheetName == sheet.Name).OrderBy(j => j.TemplateRow).ToList(),
        Links = links,
        LinkIdPrefix = prefix,
        Options = _options,
        Counters = _counters,
    };

    private void WriteEntry(ZipArchiveEntry entry, ZipArchive output, CancellationToken ct)
    {
        var name = entry.FullName;
        var sheet = _package.Sheets.FirstOrDefault(s => string.Equals(s.Path, name, StringComparison.OrdinalIgnoreCase));
        if (sheet is not null)
        {
            // A sheet without expansions still has formulas that may point at expanded sheets; it generates no links.
            using var noLinks = new HyperlinkSpool(_options.TempFolder ?? Path.GetTempPath());
            var context = _expandedSheets.TryGetValue(name, out var expanded) ? expanded : NewContext(sheet, noLinks, "rIdXl");
            using var input = entry.Open();
            using var target = Create(output, entry).Open();
            new WorksheetRewriter(context).Rewrite(input, target, ct);
            _counters.PartsRewritten++;
            return;
        }

        var document = RewriteDocument(entry, name);
        if (document is not null)
        {
            using var target = Create(output, entry).Open();
            XmlParts.Save(document, target);
            _counters.PartsRewritten++;
            return;
        }

        using (var source = entry.Open())
        using (var copy = Create(output, entry).Open())
        {
            source.CopyTo(copy);
        }

        _counters.PartsCopied++;
    }

    /// <summary>The rewritten document for a small part that holds references, or null to copy the entry as is.</summary>
    private XDocument? RewriteDocument(ZipArchiveEntry entry, string name)
    {
        XDocument Load() => XmlParts.Load(entry);
        if (name == "[Content_Types].xml")
        {
            var doc = Load();
            if (_package.CalcChainPath is not null)
            {
                WorkbookPartRewriter.RemoveContentType(doc, _package.CalcChainPath);
            }

            return doc;
        }

        if (Is(name, _package.WorkbookPath))
        {
            var doc = Load();
            WorkbookPartRewriter.RewriteWorkbook(doc, _map, _package);
            return doc;
        }

        if (Is(name, _package.WorkbookRelationshipsPath))
        {
            var doc = Load();
            WorkbookPartRewriter.RemoveCalcChainRelationship(doc);
            return doc;
        }

        if (_package.IsChart(name))
        {
            var doc = Load();
            _counters.ChartSeriesDropped += ChartPartRewriter.Rewrite(doc, _map, _jobs);
            return doc;
        }

        if (_package.IsPivotCache(name))
        {
            var doc = Load();
            SheetPartsRewriter.RewritePivotCache(doc, _map);
            return doc;
        }

        foreach (var sheet in _package.Sheets)
        {
            if (sheet.Tables.Any(t => Is(t, name)))
            {
                var doc = Load();
                SheetPartsRewriter.RewriteTable(doc, _map, sheet.Name);
                return doc;
            }

            if (sheet.Comments.Any(c => Is(c, name)))
            {
                var doc = Load();
                SheetPartsRewriter.RewriteComments(doc, _map, sheet.Name);
                return doc;
            }

            if (sheet.Drawings.Any(d => Is(d, name)) && _map.For(sheet.Name) is { } shift)
            {
                var doc = Load();
                SheetPartsRewriter.RewriteDrawing(doc, shift);
                return doc;
            }
        }

        return null;
    }

    private void WriteSheetRelationships(SheetPart sheet, SheetContext context, ZipArchive output)
    {
        var existing = _input.GetEntry(sheet.RelationshipsPath);
        if (existing is null && context.Links.Count == 0)
        {
            return;
        }

        var entry = output.CreateEntry(sheet.RelationshipsPath, _options.CompressionLevel);
        entry.LastWriteTime = _options.EntryTimestamp ?? existing?.LastWriteTime ?? _input.GetEntry(sheet.Path)?.LastWriteTime ?? new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var stream = entry.Open();
        using var w = new Utf8XmlWriter(stream);
        w.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\""u8);
        w.Raw(PackageNames.PackageRelationshipsNamespace);
        w.Raw("\">"u8);
        foreach (var (id, type, target, mode) in XmlParts.Relationships(_input, sheet.RelationshipsPath))
        {
            WriteRelationship(w, id, type, target, mode);
        }

        var n = 0;
        foreach (var (_, _, target) in context.Links.ReadAll())
        {
            WriteRelationship(w, context.LinkIdPrefix + (++n).ToString(System.Globalization.CultureInfo.InvariantCulture), PackageNames.HyperlinkType, target, "External");
        }

        w.Raw("</Relationships>"u8);
        _counters.PartsRewritten++;
    }

    private static void WriteRelationship(Utf8XmlWriter w, string id, string type, string target, string? mode)
    {
        w.Raw("<Relationship"u8);
        w.Attribute("Id", id);
        w.Attribute("Type", type);
        w.Attribute("Target", target);
        if (mode is not null)
        {
            w.Attribute("TargetMode", mode);
        }

        w.Raw("/>"u8);
    }

    private ZipArchiveEntry Create(ZipArchive output, ZipArchiveEntry source)
    {
        var entry = output.CreateEntry(source.FullName, _options.CompressionLevel);
        entry.LastWriteTime = _options.EntryTimestamp ?? source.LastWriteTime;
        return entry;
    }

    private static bool Is(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
