using System.IO.Compression;
using System.Text;

namespace ReportAutomation.Rendering.Word.Tests;

/// <summary>
/// Writes small .docx templates from raw WordprocessingML, the way Word stores what a user typed: placeholders split
/// over runs with different rsids, spell-check marks, bookmarks and comment anchors between the braces, text boxes.
/// </summary>
internal static class HandMadeDocx
{
    private const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" mc:Ignorable=\"wps\"";

    /// <summary>Writes a template whose body is <paramref name="body"/> (w:p / w:tbl elements) and, optionally, a footer, comments and settings (the children of w:settings).</summary>
    public static string Write(string path, string body, string? footer = null, string? comments = null, string? settings = null)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        var hasFooter = footer is not null;
        Entry(zip, "[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
            <Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>
            <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
            <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
            </Types>
            """);
        Entry(zip, "_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
            </Relationships>
            """);
        Entry(zip, "docProps/core.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Hand made</dc:title></cp:coreProperties>
            """);
        Entry(zip, "word/_rels/document.xml.rels", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            {(hasFooter ? "<Relationship Id=\"rIdF\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>" : string.Empty)}
            {(comments is null ? string.Empty : "<Relationship Id=\"rIdC\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/>")}
            {(settings is null ? string.Empty : "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>")}
            </Relationships>
            """);
        var section = hasFooter ? "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdF\"/></w:sectPr>" : "<w:sectPr/>";
        Entry(zip, "word/document.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document {Namespaces}><w:body>{body}{section}</w:body></w:document>");
        if (hasFooter)
        {
            Entry(zip, "word/footer1.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:ftr {Namespaces}>{footer}</w:ftr>");
        }

        if (comments is not null)
        {
            Entry(zip, "word/comments.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:comments {Namespaces}>{comments}</w:comments>");
        }

        if (settings is not null)
        {
            const string math = "xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\" xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\"";
            Entry(zip, "word/settings.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:settings {Namespaces} {math}>{settings}</w:settings>");
        }

        return path;
    }

    /// <summary>A paragraph of plain runs.</summary>
    public static string P(params string[] texts) => "<w:p>" + string.Concat(texts.Select(R)) + "</w:p>";

    /// <summary>A run.</summary>
    public static string R(string text) => $"<w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(text)}</w:t></w:r>";

    private static void Entry(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text.Trim()));
    }
}
