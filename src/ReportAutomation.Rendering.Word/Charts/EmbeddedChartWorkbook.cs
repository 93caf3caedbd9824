using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using ReportAutomation.Core.Charts;

namespace ReportAutomation.Rendering.Word.Charts;

/// <summary>
/// The small workbook embedded in a Word chart (what Word opens on "Edit data"): categories in column A, one column per
/// series, the series names in row 1. Text from data goes in as inline strings, never as formulas.
/// </summary>
/// <remarks>
/// Its five parts are written straight into the zip with an <see cref="XmlWriter"/> (which escapes every text): building
/// them through the SDK's spreadsheet package and element trees cost about 70 ms of a memo's cold start (that code is
/// compiled on first use) for a workbook of a few dozen cells.
/// </remarks>
internal static class EmbeddedChartWorkbook
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    /// <summary>Writes the xlsx for <paramref name="data"/> to <paramref name="destination"/>, its zip entries stamped with <paramref name="time"/>.</summary>
    public static void Write(Stream destination, ChartData data, DateTimeOffset time)
    {
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        Part(zip, "[Content_Types].xml", time, x =>
        {
            x.WriteStartElement("Types", ContentTypes);
            Empty(x, ContentTypes, "Default", ("Extension", "rels"), ("ContentType", "application/vnd.openxmlformats-package.relationships+xml"));
            Empty(x, ContentTypes, "Default", ("Extension", "xml"), ("ContentType", "application/xml"));
            Empty(x, ContentTypes, "Override", ("PartName", "/xl/workbook.xml"), ("ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"));
            Empty(x, ContentTypes, "Override", ("PartName", "/xl/worksheets/sheet1.xml"), ("ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"));
        });
        Part(zip, "_rels/.rels", time, x => Relationship(x, OfficeRelationships + "/officeDocument", "xl/workbook.xml"));
        Part(zip, "xl/_rels/workbook.xml.rels", time, x => Relationship(x, OfficeRelationships + "/worksheet", "worksheets/sheet1.xml"));
        Part(zip, "xl/workbook.xml", time, x =>
        {
            x.WriteStartElement("workbook", Main);
            x.WriteAttributeString("xmlns", "r", null, OfficeRelationships);
            x.WriteStartElement("sheets", Main);
            x.WriteStartElement("sheet", Main);
            x.WriteAttributeString("name", "Sheet1");
            x.WriteAttributeString("sheetId", "1");
            x.WriteAttributeString("id", OfficeRelationships, "rId1");
        });
        Part(zip, "xl/worksheets/sheet1.xml", time, x => Sheet(x, data));
    }

    /// <summary>The column letters of 0-based column <paramref name="index"/> (A, B, … Z, AA).</summary>
    public static string Column(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static void Sheet(XmlWriter x, ChartData data)
    {
        x.WriteStartElement("worksheet", Main);
        x.WriteStartElement("sheetData", Main);
        Row(x, 1);
        Text(x, "A1", data.Description.CategoryTitle);
        for (var s = 0; s < data.Series.Count; s++)
        {
            Text(x, Column(s + 1) + "1", data.Series[s].Name);
        }

        x.WriteEndElement();
        for (var c = 0; c < data.Categories.Count; c++)
        {
            var index = c + 2;
            Row(x, index);
            Text(x, $"A{index}", data.Categories[c]);
            for (var s = 0; s < data.Series.Count; s++)
            {
                if (data.Series[s].Values[c] is { } value)
                {
                    x.WriteStartElement("c", Main);
                    x.WriteAttributeString("r", Column(s + 1) + index.ToString(CultureInfo.InvariantCulture));
                    x.WriteElementString("v", Main, value.ToString("R", CultureInfo.InvariantCulture));
                    x.WriteEndElement();
                }
            }

            x.WriteEndElement();
        }
    }

    private static void Row(XmlWriter x, int index)
    {
        x.WriteStartElement("row", Main);
        x.WriteAttributeString("r", index.ToString(CultureInfo.InvariantCulture));
    }

    private static void Text(XmlWriter x, string reference, string text)
    {
        x.WriteStartElement("c", Main);
        x.WriteAttributeString("r", reference);
        x.WriteAttributeString("t", "inlineStr");
        x.WriteStartElement("is", Main);
        x.WriteStartElement("t", Main);
        x.WriteAttributeString("xml", "space", null, "preserve");
        x.WriteString(text);
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void Relationship(XmlWriter x, string type, string target)
    {
        x.WriteStartElement("Relationships", Relationships);
        Empty(x, Relationships, "Relationship", ("Id", "rId1"), ("Type", type), ("Target", target));
    }

    private static void Empty(XmlWriter x, string ns, string name, params (string Name, string Value)[] attributes)
    {
        x.WriteStartElement(name, ns);
        foreach (var (attribute, value) in attributes)
        {
            x.WriteAttributeString(attribute, value);
        }

        x.WriteEndElement();
    }

    // One zip entry stamped with the pack's time, holding the XML document that write produces (ended for it).
    private static void Part(ZipArchive zip, string name, DateTimeOffset time, Action<XmlWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = time;
        using var stream = entry.Open();
        using var x = XmlWriter.Create(stream, Settings);
        x.WriteStartDocument(standalone: true);
        write(x);
        x.WriteEndDocument();
    }
}
