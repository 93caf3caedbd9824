using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Loads and saves the small XML parts (workbook, relationships, tables, charts, drawings) as documents.</summary>
internal static class XmlParts
{
    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = false,
        NewLineHandling = NewLineHandling.None,
    };

    public static XDocument Load(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, XmlCopier.ReaderSettings);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    public static void Save(XDocument document, Stream output)
    {
        document.Declaration ??= new XDeclaration("1.0", "UTF-8", "yes");
        using var writer = XmlWriter.Create(output, WriterSettings);
        document.Save(writer);
    }

    /// <summary>Relationships of a part as (Id, Type, Target, TargetMode) rows; empty when the part has none.</summary>
    public static IReadOnlyList<(string Id, string Type, string Target, string? Mode)> Relationships(ZipArchive zip, string relsPath)
    {
        var entry = zip.GetEntry(relsPath);
        if (entry is null)
        {
            return [];
        }

        XNamespace ns = PackageNames.PackageRelationshipsNamespace;
        return Load(entry).Root!.Elements(ns + "Relationship")
            .Select(r => ((string?)r.Attribute("Id") ?? string.Empty, (string?)r.Attribute("Type") ?? string.Empty,
                (string?)r.Attribute("Target") ?? string.Empty, (string?)r.Attribute("TargetMode")))
            .ToList();
    }
}
