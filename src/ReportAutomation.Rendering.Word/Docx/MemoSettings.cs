using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Templates;

namespace ReportAutomation.Rendering.Word.Docx;

/// <summary>Document-wide settings of a filled memo: fields (page numbers, TOC) update on open; properties from the pack and its clock.</summary>
internal static class MemoSettings
{

    /// <summary>Marks fields to update and sets title, subject, author and dates (placeholders in the template's own properties are filled).</summary>
    public static void Apply(WordprocessingDocument document, WeeklyPack pack, TemplateEngine engine)
    {
        var main = document.MainDocumentPart!;
        if (main.DocumentSettingsPart is { } settings)
        {
            MarkFieldsToUpdate(settings, true);
        }
        else
        {
            MarkFieldsToUpdate(main.AddNewPart<DocumentSettingsPart>("rIdRaSettings"), false);
        }

        var properties = document.PackageProperties;
        var scope = engine.CreateScope(pack);
        properties.Title = Filled(properties.Title, engine, scope) ?? $"{pack.Name} {pack.Week.Label} memo";
        properties.Subject = Filled(properties.Subject, engine, scope) ?? $"Investor-relations memo for {pack.Week.Label}";
        properties.Creator = Filled(properties.Creator, engine, scope) ?? "ReportAutomation";
        properties.Keywords = Filled(properties.Keywords, engine, scope);
        properties.LastModifiedBy = "ReportAutomation " + pack.Version;
        properties.Created = pack.GeneratedAt.UtcDateTime;
        properties.Modified = pack.GeneratedAt.UtcDateTime;
        properties.Revision = "1";
    }

    // CT_Settings is ordered: updateFields goes before these (and before any element of another namespace, such as m:mathPr
    // or an extension); everything else a template's settings hold comes before it.
    private static readonly HashSet<string> AfterUpdateFields = new(StringComparer.Ordinal)
    {
        "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "attachedSchema", "themeFontLang",
        "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions",
        "readModeInkLockDown", "smartTagType", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator",
    };

    private static readonly XmlReaderSettings ReaderSettings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = true };

    private static readonly XmlWriterSettings WriterSettings = new() { Encoding = new UTF8Encoding(false) };

    // The settings part copied through with w:updateFields set (any the template had dropped), as XML: loading it as the
    // SDK's element tree built the code of every element type Word keeps there (compatibility options, rsids, math
    // properties, shape defaults …), about 40 ms of a cold memo for one element.
    private static void MarkFieldsToUpdate(DocumentSettingsPart part, bool existing)
    {
        using var copy = new MemoryStream();
        using (var writer = XmlWriter.Create(copy, WriterSettings))
        {
            writer.WriteStartDocument(standalone: true);
            if (existing)
            {
                using var reader = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), ReaderSettings);
                reader.MoveToContent();
                Copy(reader, writer);
            }
            else
            {
                writer.WriteStartElement("w", "settings", WordXml.Main);
                WriteUpdateFields(writer);
                writer.WriteEndElement();
            }
        }

        copy.Position = 0;
        part.FeedData(copy);
    }

    private static void Copy(XmlReader reader, XmlWriter writer)
    {
        writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
        writer.WriteAttributes(reader, true);
        reader.MoveToElement();
        var written = false;
        if (!reader.IsEmptyElement)
        {
            reader.Read();
            while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == 0))
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    writer.WriteNode(reader, true);
                    continue;
                }

                if (!written && (reader.NamespaceURI != WordXml.Main || AfterUpdateFields.Contains(reader.LocalName)))
                {
                    WriteUpdateFields(writer);
                    written = true;
                }

                if (reader.NamespaceURI == WordXml.Main && reader.LocalName == "updateFields")
                {
                    reader.Skip();
                }
                else
                {
                    writer.WriteNode(reader, true);
                }
            }
        }

        if (!written)
        {
            WriteUpdateFields(writer);
        }

        writer.WriteEndElement();
    }

    private static void WriteUpdateFields(XmlWriter writer)
    {
        var prefix = writer.LookupPrefix(WordXml.Main) ?? "w";
        writer.WriteStartElement(prefix, "updateFields", WordXml.Main);
        writer.WriteAttributeString(prefix, "val", WordXml.Main, "true");
        writer.WriteEndElement();
    }

    private static string? Filled(string? text, TemplateEngine engine, TemplateScope scope)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return engine.IsTemplate(text) && engine.Parse(text, new TemplateLocation("docProps/core.xml", string.Empty)) is { Succeeded: true } outcome
            ? outcome.Template!.Render(scope)
            : text;
    }
}
