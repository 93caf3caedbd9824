using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportAutomation.TestKit;
using static ReportAutomation.Rendering.Word.Tests.HandMadeDocx;

namespace ReportAutomation.Rendering.Word.Tests.Templating;

public sealed class WordSplitTemplateTests : IDisposable
{
    private readonly MemoRun _run = new();

    [Fact]
    public void Render_PlaceholderSplitOverRunsWithProofErrBookmarkAndComment_IsFilledWithItsFirstCharacterFormat()
    {
        // Given "Total: {{ totals.investments | money }}" as Word saves it after edits: five runs with different rsids,
        // a spell-check mark, a bookmark and a comment anchor between the braces, the placeholder starting in a bold run
        var template = Write(_run.File("split-memo.docx"), """
            <w:p>
              <w:r w:rsidR="00A1"><w:t xml:space="preserve">Total: </w:t></w:r>
              <w:r w:rsidR="00B2"><w:rPr><w:b/></w:rPr><w:t>{</w:t></w:r>
              <w:r w:rsidR="00C3"><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">{ tot</w:t></w:r>
              <w:proofErr w:type="spellStart"/>
              <w:r w:rsidR="00D4"><w:t>als.inv</w:t></w:r>
              <w:proofErr w:type="spellEnd"/>
              <w:bookmarkStart w:id="0" w:name="total"/>
              <w:r w:rsidR="00E5"><w:t xml:space="preserve">estments | mo</w:t></w:r>
              <w:bookmarkEnd w:id="0"/>
              <w:commentRangeStart w:id="1"/>
              <w:r w:rsidR="00F6"><w:t>ney }}</w:t></w:r>
              <w:commentRangeEnd w:id="1"/>
              <w:r><w:t xml:space="preserve"> this week.</w:t></w:r>
            </w:p>
            """, comments: "<w:comment w:id=\"1\" w:author=\"IR\"><w:p><w:r><w:t>check the total</w:t></w:r></w:p></w:comment>");

        // When it is filled
        var docx = _run.RenderOk(Some.BusyWeek(), template);

        // Then the text is whole, the value takes the bold of its first brace, and the bookmark survives
        using var document = WordprocessingDocument.Open(docx, false);
        var paragraph = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().First();
        Assert.Equal("Total: $17.6B this week.", paragraph.InnerText);
        var value = paragraph.Elements<Run>().Single(r => r.InnerText == "$17.6B");
        Assert.NotNull(value.RunProperties?.Bold);
        Assert.Null(value.RunProperties?.Italic);
        Assert.Single(paragraph.Elements<BookmarkStart>());
        Assert.Empty(paragraph.Elements<ProofError>());
        OpenXmlValidation.AssertValid(docx);
    }

    [Fact]
    public void Render_SmartQuotesInsideATag_AreAccepted()
    {
        var template = Write(_run.File("quotes-memo.docx"), P("{{ totals.investments | money: “B” }} and {{ totals.investments | money: ‘M’ }}"));

        var paragraphs = MemoRun.Paragraphs(_run.RenderOk(Some.BusyWeek(), template));

        Assert.Equal("$17.6B and $17,550M", paragraphs[0]);
    }

    [Fact]
    public void Render_PlaceholdersInATextBoxAndTheFooter_AreFilled()
    {
        var box = """
            <w:p><w:r><w:pict><v:shape id="box1" style="width:200pt;height:40pt"><v:textbox><w:txbxContent>
              <w:p><w:r><w:t xml:space="preserve">Week {{ week.</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>label }}</w:t></w:r></w:p>
            </w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>
            """;
        var template = Write(_run.File("box-memo.docx"), box, footer: P("Pack {{ pack.", "name }} · page"));

        var docx = _run.RenderOk(Some.BusyWeek(), template);

        using var document = WordprocessingDocument.Open(docx, false);
        var main = document.MainDocumentPart!;
        Assert.Equal("Week 2026-W47", main.Document.Body!.Descendants<TextBoxContent>().Single().InnerText);
        Assert.Equal("Pack weekly-ir · page", main.FooterParts.Single().Footer.InnerText);
    }

    [Fact]
    public void Render_BlockLoopOverParagraphsAndATable_RepeatsEverythingBetweenTheTags()
    {
        // Given a loop spanning a heading, a table and a nested loop over each article's figures
        var template = Write(_run.File("loop-memo.docx"), string.Concat(
            P("{% for a in articles %}"),
            P("== {{ a.title }}"),
            "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"4000\"/></w:tblGrid><w:tr><w:tc><w:p>" + R("Site: {{ a.site }}") + "</w:p></w:tc></w:tr></w:tbl>",
            P("{% for f in a.figures %}"),
            P("- {{ f.text }}"),
            P("{% endfor %}"),
            P("{% endfor %}"),
            P("{% if issues.size > 0 %}"),
            P("Issues: {{ issues.size }}"),
            P("{% else %}"),
            P("No issues"),
            P("{% endif %}")));

        var pack = Some.BusyWeek();
        var docx = _run.RenderOk(pack, template);

        // Then each article (in digest order) has its heading, its table and its figures, and only the true branch is kept
        var expected = pack.Digest.SelectMany(d => d.ArticleId == "northwind-stake.html"
            ? new[] { "== " + d.Title, "Site: Example News", "- $14.3 billion" }
            : ["== " + d.Title, "Site: Example News"]).Append("Issues: 1");
        Assert.Equal(expected, MemoRun.Paragraphs(docx));
        using var document = WordprocessingDocument.Open(docx, false);
        Assert.Equal(2, document.MainDocumentPart!.Document.Body!.Elements<Table>().Count());
        OpenXmlValidation.AssertValid(docx);
    }

    [Fact]
    public void Render_TableRowLoopAndRowCondition_RepeatAndRemoveRows()
    {
        var template = Write(_run.File("rows-memo.docx"), """
            <w:tbl>
              <w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="2000"/></w:tblGrid>
              <w:tr><w:tc><w:p><w:r><w:t>Investor</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Amount</w:t></w:r></w:p></w:tc></w:tr>
              <w:tr><w:tc><w:p><w:r><w:t>{% for x in investments %}{{ x.investor }}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>{{ x.amount | money }}{% endfor %}</w:t></w:r></w:p></w:tc></w:tr>
              <w:tr><w:tc><w:p><w:r><w:t>{% if totals.issues > 100 %}Many issues</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>{% endif %}</w:t></w:r></w:p></w:tc></w:tr>
            </w:tbl>
            """);

        var docx = _run.RenderOk(Some.BusyWeek(), template);

        using var document = WordprocessingDocument.Open(docx, false);
        var rows = document.MainDocumentPart!.Document.Body!.Descendants<TableRow>().Select(r => r.InnerText).ToList();
        Assert.Equal(4, rows.Count);
        Assert.Contains("Northwind Holdings$14.3B", rows);
        Assert.DoesNotContain(rows, r => r.Contains("Many issues", StringComparison.Ordinal));
        OpenXmlValidation.AssertValid(docx);
    }

    [Fact]
    public void Render_DataWithMarkupAndBraces_ComesOutLiterallyAndUnsafeLinksArePlainText()
    {
        var template = Write(_run.File("literal-memo.docx"), P("{% for a in articles %}") + P("{{ a.title | link: a.url }}") + P("{% endfor %}"));

        var docx = _run.RenderOk(Some.BusyWeek(), template);

        using var document = WordprocessingDocument.Open(docx, false);
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.Contains("Fabrikam <plans> & {{ spends }} $600B", body.Elements<Paragraph>().Select(p => p.InnerText));
        Assert.Single(body.Descendants<Hyperlink>());
        Assert.Empty(body.Descendants<FieldCode>());
        Assert.Empty(body.Descendants<SimpleField>());
        Assert.All(document.MainDocumentPart.HyperlinkRelationships, r => Assert.Equal("https", r.Uri.Scheme));
    }

    [Fact]
    public void Render_BodyWrittenAsItIsFilled_KeepsTheTemplatesRootNamespacesAndEndsWithItsSection()
    {
        // Given a template whose root declares Word's namespaces and marks one ignorable, and whose section has a footer
        var template = Write(_run.File("streamed-memo.docx"),
            P("Digest") + P("{% for a in articles %}") + P("{{ a.title | link: a.url }}") + P("{{ a.site }}") + P("{% endfor %}") + P("End"),
            footer: P("Page footer"));
        var pack = Some.BusyWeek();

        // When it is filled (the body is streamed to the part, not saved from an element tree)
        var docx = _run.RenderOk(pack, template);

        // Then the root still declares what the template declared (mc:Ignorable names a prefix it must declare), the
        // section properties come last with their footer reference, and every article is there between the fixed text
        using (var zip = System.IO.Compression.ZipFile.OpenRead(docx))
        using (var stream = zip.GetEntry("word/document.xml")!.Open())
        {
            var root = System.Xml.Linq.XDocument.Load(stream).Root!;
            System.Xml.Linq.XNamespace mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
            Assert.Equal("wps", (string?)root.Attribute(mc + "Ignorable"));
            Assert.Equal("http://schemas.microsoft.com/office/word/2010/wordprocessingShape", root.GetNamespaceOfPrefix("wps")?.NamespaceName);
            Assert.Equal("http://schemas.openxmlformats.org/officeDocument/2006/relationships", root.GetNamespaceOfPrefix("r")?.NamespaceName);
            var body = root.Elements().Single();
            Assert.Equal("sectPr", body.Elements().Last().Name.LocalName);
        }

        var paragraphs = MemoRun.Paragraphs(docx);
        Assert.Equal(["Digest", .. pack.Articles.SelectMany(a => new[] { a.Title, a.Site ?? string.Empty }), "End"], paragraphs);
        using var document = WordprocessingDocument.Open(docx, false);
        Assert.NotNull(document.MainDocumentPart!.Document.Body!.Elements<SectionProperties>().Single().GetFirstChild<FooterReference>());
        Assert.Equal(pack.Articles.Count(a => Core.Templates.LinkValue.SafeUrl(a.Url) is not null), document.MainDocumentPart.Document.Body.Descendants<Hyperlink>().Count());
        OpenXmlValidation.AssertValid(docx);
    }

    /// <inheritdoc />
    public void Dispose() => _run.Dispose();
}
