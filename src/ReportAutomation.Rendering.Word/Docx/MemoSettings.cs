using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Templates;

namespace ReportAutomation.Rendering.Word.Docx;

/// <summary>Document-wide settings of a filled memo: fields (page numbers, TOC) update on open; properties from the pack and its clock.</summary>
internal static class MemoSettings
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Marks fields to update and sets title, subject, author and dates (placeholders in the template's own properties are filled).</summary>
    public static void Apply(WordprocessingDocument document, WeeklyPack pack, TemplateEngine engine)
    {
        var main = document.MainDocumentPart!;
        var settingsPart = main.DocumentSettingsPart ?? main.AddNewPart<DocumentSettingsPart>("rIdRaSettings");
        settingsPart.Settings ??= new Settings();
        var settings = settingsPart.Settings;
        settings.RemoveAllChildren<UpdateFieldsOnOpen>();
        // CT_Settings is ordered: updateFields goes before hdrShapeDefaults, footnotePr, compat, rsids, … and any extension.
        var before = settings.ChildElements.FirstOrDefault(c => c.NamespaceUri != WordNamespace || c is HeaderShapeDefaults
            or FootnoteDocumentWideProperties or EndnoteDocumentWideProperties or Compatibility or DocumentVariables or Rsids
            or AttachedSchema or ThemeFontLanguages or ColorSchemeMapping or DoNotIncludeSubdocsInStats or DoNotAutoCompressPictures
            or ForceUpgrade or Captions or ReadModeInkLockDown or ShapeDefaults
            or DecimalSymbol or ListSeparator);
        var update = new UpdateFieldsOnOpen { Val = true };
        if (before is null)
        {
            settings.Append(update);
        }
        else
        {
            before.InsertBeforeSelf(update);
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
