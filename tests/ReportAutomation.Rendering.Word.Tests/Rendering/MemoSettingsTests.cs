using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportAutomation.TestKit;
using static ReportAutomation.Rendering.Word.Tests.HandMadeDocx;

namespace ReportAutomation.Rendering.Word.Tests.Rendering;

public sealed class MemoSettingsTests : IDisposable
{
    private readonly MemoRun _run = new();

    [Fact]
    public void Render_TemplateWithWordsSettings_KeepsThemAllAndUpdatesFieldsOnOpenInSchemaOrder()
    {
        // Given a template whose settings are as Word saves them, with fields told not to update
        var template = Write(_run.File("settings-memo.docx"), P("Week {{ week.label }}"), settings: """
            <w:zoom w:percent="120"/><w:proofState w:spelling="clean" w:grammar="clean"/><w:defaultTabStop w:val="720"/>
            <w:characterSpacingControl w:val="doNotCompress"/><w:updateFields w:val="false"/>
            <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
            <w:rsids><w:rsidRoot w:val="00A1B2C3"/><w:rsid w:val="00A1B2C3"/><w:rsid w:val="00D4E5F6"/></w:rsids>
            <m:mathPr><m:mathFont m:val="Cambria Math"/></m:mathPr><w:themeFontLang w:val="en-GB"/>
            <w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>
            <w:decimalSymbol w:val="."/><w:listSeparator w:val=","/><w14:docId w14:val="1A2B3C4D"/>
            """);

        // When it is filled
        var docx = _run.RenderOk(Some.BusyWeek(), template);

        // Then every setting is kept in its place, with one w:updateFields (true) where the schema wants it, and it validates
        using (var document = WordprocessingDocument.Open(docx, false))
        {
            var settings = document.MainDocumentPart!.DocumentSettingsPart!.Settings;
            Assert.Equal(
                ["zoom", "proofState", "defaultTabStop", "characterSpacingControl", "updateFields", "compat", "rsids", "mathPr", "themeFontLang", "clrSchemeMapping", "decimalSymbol", "listSeparator", "docId"],
                settings.ChildElements.Select(c => c.LocalName));
            Assert.True(settings.GetFirstChild<UpdateFieldsOnOpen>()!.Val!.Value);
            Assert.Equal(["00A1B2C3", "00D4E5F6"], settings.GetFirstChild<Rsids>()!.Elements<Rsid>().Select(r => r.Val!.Value!));
            Assert.Equal("120", settings.GetFirstChild<Zoom>()!.Percent!.Value);
        }

        OpenXmlValidation.AssertValid(docx);
    }

    [Fact]
    public void Render_TemplateWithoutSettings_GetsSettingsThatUpdateFieldsOnOpen()
    {
        // Given a template with no settings part at all
        var template = Write(_run.File("bare-memo.docx"), P("Week {{ week.label }}"));

        // When it is filled
        var docx = _run.RenderOk(Some.BusyWeek(), template);

        // Then it has a settings part holding only w:updateFields (true), and it validates
        using (var document = WordprocessingDocument.Open(docx, false))
        {
            var settings = document.MainDocumentPart!.DocumentSettingsPart!.Settings;
            Assert.Equal(["updateFields"], settings.ChildElements.Select(c => c.LocalName));
            Assert.True(settings.GetFirstChild<UpdateFieldsOnOpen>()!.Val!.Value);
        }

        OpenXmlValidation.AssertValid(docx);
    }

    /// <inheritdoc />
    public void Dispose() => _run.Dispose();
}
