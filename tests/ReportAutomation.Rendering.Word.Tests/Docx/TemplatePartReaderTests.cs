using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportAutomation.Rendering.Word.Docx;
using ReportAutomation.TestKit;
using static ReportAutomation.Rendering.Word.Tests.HandMadeDocx;

namespace ReportAutomation.Rendering.Word.Tests.Docx;

public sealed class TemplatePartReaderTests : IDisposable
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = true };

    // What Word saves around placeholders: paragraph and run formats, a complex field, a tab and a break, a hyperlink, a
    // bookmark, a comment anchor, a spell-check mark, an inline picture with its own namespace declaration, a table with
    // its properties, grid, row and cell formats, indentation between elements, and the section.
    private const string WordBody = """
        <w:p w:rsidR="00A1" w:rsidRDefault="00A1"><w:pPr><w:pStyle w:val="Heading1"/><w:spacing w:before="120" w:after="0"/><w:rPr><w:b/></w:rPr></w:pPr>
          <w:r><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:b/><w:color w:val="1F3864"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Week </w:t></w:r>
          <w:proofErr w:type="spellStart"/><w:r><w:t>{{ week.label }}</w:t></w:r><w:proofErr w:type="spellEnd"/>
          <w:bookmarkStart w:id="0" w:name="top"/><w:bookmarkEnd w:id="0"/>
          <w:commentRangeStart w:id="1"/><w:r><w:tab/><w:t>tabbed</w:t><w:br/></w:r><w:commentRangeEnd w:id="1"/>
          <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
          <w:hyperlink r:id="rIdLink" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>source</w:t></w:r></w:hyperlink>
          <w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="100" cy="100"/><wp:docPr id="1" name="Picture 1"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"/></a:graphic></wp:inline></w:drawing></w:r>
        </w:p>
        <w:tbl>
          <w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>
          <w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid>
          <w:tr><w:trPr><w:tblHeader/></w:trPr>
            <w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr><w:p><w:r><w:t>Investor</w:t></w:r></w:p></w:tc>
            <w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t>Amount</w:t></w:r></w:p></w:tc>
          </w:tr>
        </w:tbl>
        """;

    private readonly MemoRun _run = new();

    [Fact]
    public void Read_WhatWordSavesAroundPlaceholders_WritesBackExactlyWhatTheSdksOwnParserWrites()
    {
        // Given a Word body with formats, fields, links, marks, a picture, a table and indentation
        var template = Write(_run.File("word-body.docx"), WordBody, footer: P("Page ", "{{ week.label }}"));
        using var document = WordprocessingDocument.Open(template, false);
        var main = document.MainDocumentPart!;

        // When its parts are read by the reader and by the SDK
        var read = TemplatePartReader.Read<Document>(main, Settings);
        var footerPart = main.FooterParts.Single();
        var footer = TemplatePartReader.Read<Footer>(footerPart, Settings);

        // Then both write the same XML, byte for byte
        Assert.NotNull(read);
        Assert.NotNull(footer);
        Assert.Equal(main.Document.OuterXml, read.OuterXml);
        Assert.Equal(footerPart.Footer.OuterXml, footer.OuterXml);
    }

    [Fact]
    public void Read_StructureTheMemoWalks_IsTheSdksTypesAndTheRestIsKeptAsXml()
    {
        var template = Write(_run.File("word-types.docx"), WordBody);
        using var document = WordprocessingDocument.Open(template, false);

        var body = TemplatePartReader.Read<Document>(document.MainDocumentPart!, Settings)!.Body!;

        var paragraph = body.Elements<Paragraph>().Single();
        Assert.IsType<ParagraphProperties>(paragraph.ParagraphProperties);
        Assert.Equal("{{ week.label }}", Runs.TagOf(paragraph.Elements<Run>().ElementAt(1)));
        Assert.Equal(2, paragraph.Elements<ProofError>().Count());
        Assert.Single(paragraph.Elements<BookmarkStart>());
        Assert.Single(paragraph.Elements<CommentRangeEnd>());
        Assert.Equal("source", paragraph.Elements<Hyperlink>().Single().Elements<Run>().Single().InnerText);
        var format = paragraph.Elements<Run>().First().RunProperties!;
        Assert.Equal(["rFonts", "b", "color", "sz"], format.ChildElements.Select(c => c.LocalName));
        Assert.All(format.ChildElements, c => Assert.IsType<RawElement>(c));
        Assert.False(Runs.IsText(paragraph.Elements<Run>().ElementAt(2)));
        var row = body.Elements<Table>().Single().Elements<TableRow>().Single();
        Assert.Equal(2, row.Elements<TableCell>().Count());
        Assert.NotNull(row.Elements<TableCell>().First().TableCellProperties);
        Assert.Single(body.Elements<SectionProperties>());
    }

    [Theory]
    [InlineData("<w:p><w:r><w:pict><v:shape id=\"b\"><v:textbox><w:txbxContent><w:p><w:r><w:t>{{ week.label }}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>")]
    [InlineData("<w:sdt><w:sdtPr><w:alias w:val=\"Week\"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>{{ week.label }}</w:t></w:r></w:p></w:sdtContent></w:sdt>")]
    public void Read_ParagraphInsideAnElementItKeepsAsXml_LeavesThePartToTheSdk(string body)
    {
        // Given a paragraph in a text box, or in a content control
        var template = Write(_run.File("boxed.docx"), body);
        using var document = WordprocessingDocument.Open(template, false);

        // When the part is read, Then the reader declines it (the memo walks into text boxes and reports content controls)
        Assert.Null(TemplatePartReader.Read<Document>(document.MainDocumentPart!, Settings));
    }

    [Fact]
    public void Check_PlaceholderInAContentControl_IsReportedWhereItIs()
    {
        var template = Write(_run.File("control-memo.docx"),
            P("Intro") + "<w:sdt><w:sdtContent><w:p><w:r><w:t>{{ week.label }}</w:t></w:r></w:p></w:sdtContent></w:sdt>");

        var errors = new WordMemoRenderer(Microsoft.Extensions.Logging.Abstractions.NullLogger<WordMemoRenderer>.Instance).Check(template);

        var error = Assert.Single(errors);
        Assert.Contains("paragraph 2", error.Location.Place, StringComparison.Ordinal);
        Assert.Contains("sdt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LinkInAFormatReadAsXml_TakesTheLinkColourAndUnderlineInSchemaOrder()
    {
        // Given a link placeholder in a run with its own colour, between a font and a size
        var template = Write(_run.File("link-memo.docx"), P("{% for a in articles %}") +
            "<w:p><w:r><w:rPr><w:rFonts w:ascii=\"Georgia\"/><w:b/><w:color w:val=\"FF0000\"/><w:sz w:val=\"24\"/></w:rPr><w:t>{{ a.title | link: a.url }}</w:t></w:r></w:p>" +
            P("{% endfor %}"));

        // When it is filled
        var docx = _run.RenderOk(Some.BusyWeek(), template);

        // Then each link's run keeps the font, weight and size, takes the link colour instead of its own, and is underlined
        using var document = WordprocessingDocument.Open(docx, false);
        var format = document.MainDocumentPart!.Document.Body!.Descendants<Hyperlink>().First().Descendants<RunProperties>().Single();
        Assert.Equal(["rFonts", "b", "color", "sz", "u"], format.ChildElements.Select(c => c.LocalName));
        Assert.Equal("0563C1", format.Color!.Val!.Value);
        Assert.Equal(UnderlineValues.Single, format.Underline!.Val!.Value);
        OpenXmlValidation.AssertValid(docx);
    }

    /// <inheritdoc />
    public void Dispose() => _run.Dispose();
}
