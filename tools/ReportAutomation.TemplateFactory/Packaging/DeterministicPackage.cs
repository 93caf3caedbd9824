using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace ReportAutomation.TemplateFactory.Packaging;

/// <summary>
/// Rewrites a package's zip so that building twice gives the same bytes: fixed entry times, the core properties
/// at docProps/core.xml instead of System.IO.Packaging's GUID-named part, and fixed ids for its random package relationship ids.
/// </summary>
internal static partial class DeterministicPackage
{
    private const string CorePropertiesEntry = "docProps/core.xml";
    private const string CorePropertiesType = "application/vnd.openxmlformats-package.core-properties+xml";
    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The same package with stable names, ids and entry times.</summary>
    public static byte[] Normalize(byte[] package, DateTime timestamp)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var coreEntry = input.Entries.SingleOrDefault(e => e.FullName.EndsWith(".psmdcp", StringComparison.Ordinal));
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var name = entry == coreEntry ? CorePropertiesEntry : entry.FullName;
                var bytes = Read(entry);
                if (coreEntry is not null && entry.FullName == "_rels/.rels")
                {
                    bytes = FixPackageRelationships(bytes, "/" + coreEntry.FullName);
                }
                else if (coreEntry is not null && entry.FullName == "[Content_Types].xml")
                {
                    bytes = FixContentTypes(bytes);
                }

                var copy = zip.CreateEntry(name, CompressionLevel.Optimal);
                copy.LastWriteTime = new DateTimeOffset(timestamp, TimeSpan.Zero);
                using var to = copy.Open();
                to.Write(bytes);
            }
        }

        return output.ToArray();
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var from = entry.Open();
        using var buffer = new MemoryStream();
        from.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static byte[] FixPackageRelationships(byte[] xml, string coreTarget)
    {
        var document = Load(xml);
        var number = 1;
        foreach (var relationship in document.Root!.Elements(Relationships + "Relationship"))
        {
            if (relationship.Attribute("Target")?.Value == coreTarget)
            {
                relationship.SetAttributeValue("Target", "/" + CorePropertiesEntry);
            }

            if (RandomId().IsMatch(relationship.Attribute("Id")?.Value ?? string.Empty))
            {
                relationship.SetAttributeValue("Id", "rIdPackage" + number++);
            }
        }

        return Save(document);
    }

    private static byte[] FixContentTypes(byte[] xml)
    {
        var document = Load(xml);
        var root = document.Root!;
        root.Elements(ContentTypes + "Default").Where(d => d.Attribute("Extension")?.Value == "psmdcp").Remove();
        root.Add(new XElement(ContentTypes + "Override",
            new XAttribute("PartName", "/" + CorePropertiesEntry),
            new XAttribute("ContentType", CorePropertiesType)));
        return Save(document);
    }

    private static XDocument Load(byte[] xml)
    {
        using var stream = new MemoryStream(xml);
        return XDocument.Load(stream);
    }

    private static byte[] Save(XDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }

    // System.IO.Packaging names relationships it creates "R" + 16 hex digits of a new GUID.
    [GeneratedRegex("^R[0-9a-f]{16}$")]
    private static partial Regex RandomId();
}
