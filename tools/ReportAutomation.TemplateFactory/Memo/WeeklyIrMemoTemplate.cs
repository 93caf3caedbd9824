using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportAutomation.Core.IO;
using static ReportAutomation.TemplateFactory.Memo.MemoParagraphs;

namespace ReportAutomation.TemplateFactory.Memo;

/// <summary>
/// Builds <c>templates/weekly-ir-memo.docx</c>: the memo template an IR lead edits in Word (styles, a header with the
/// pack and week, a footer with "Page X of Y" and "Confidential", the sections of the weekly memo), deterministically.
/// </summary>
internal static class WeeklyIrMemoTemplate
{
    private static readonly DateTimeOffset Stamp = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string CoreProperties = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{{ pack.name }} {{ week.label }}: weekly investor-relations memo</dc:title><dc:subject>Investments, sentiment and coverage for {{ week.start | date }} to {{ week.end | date }}</dc:subject><dc:creator>Investor Relations</dc:creator><cp:keywords>investor relations; {{ week.label }}</cp:keywords><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>
        """;

    public static byte[] Build()
    {
        using var package = new MemoryStream();
        using (var document = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            var main = document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = MemoStyles.Create();
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = new Settings(new DefaultTabStop { Val = 720 }, new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress });
            var header = main.AddNewPart<HeaderPart>("rIdHeader");
            header.Header = new Header(P("Meta", "{{ pack.name }} · week {{ week.label }}", JustificationValues.Right));
            var footer = main.AddNewPart<FooterPart>("rIdFooter");
            footer.Footer = new Footer(new Paragraph(
                (OpenXmlElement[])[new ParagraphProperties(new ParagraphStyleId { Val = "Meta" }, new Justification { Val = JustificationValues.Center }),
                R("Confidential · for internal use · Page "), .. Field("PAGE", "1"), R(" of "), .. Field("NUMPAGES", "1")]));
            main.Document = new Document(Body());
            // docProps/core.xml as Word writes it (System.IO.Packaging would invent a random part name).
            var core = document.AddNewPart<CoreFilePropertiesPart>("application/vnd.openxmlformats-package.core-properties+xml", "rId2");
            using var stream = core.GetStream(FileMode.Create);
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            writer.Write(CoreProperties);
        }

        package.Position = 0;
        using var stamped = new MemoryStream();
        ZipStamp.Copy(package, stamped, Stamp);
        return stamped.ToArray();
    }

    private static Body Body()
    {
        var body = new Body(
            P("Title", "Weekly investor-relations memo"),
            P("Subtitle", "{{ pack.name }} · week {{ week.label }}, {{ week.start | date }} to {{ week.end | date }}"),
            P("Heading1", "Executive summary"),
            P(null, "This week {{ totals.deals }} investment(s) totalled {{ totals.investments | money }} in {{ totals.currency }}{% if totals.investments_change %}, {{ totals.investments_change | percent: 1, \"+\" }} on the prior week's {{ totals.prior_investments | money }}{% endif %}{% for c in by_currency %}{% if c.currency != totals.currency %}; plus {{ c.amount | money }} in {{ c.currency }}{% endif %}{% endfor %}."),
            P(null, "{% if by_investor.size > 0 %}The largest investor was {{ by_investor.first.key }} with {{ by_investor.first.amount | money }} across {{ by_investor.first.count }} deal(s).{% else %}No investor committed money this week.{% endif %}"),
            P(null, "{% if top_movers.size > 0 %}The biggest sentiment move was {{ top_movers.first.entity }}, at {{ top_movers.first.mean | number: 2 }}{% if top_movers.first.change %} ({{ top_movers.first.change | number: 2, \"+\" }} on the prior week){% endif %}.{% else %}No sentiment scores were recorded this week.{% endif %}"),
            P(null, "{{ totals.articles }} article(s) were read for {{ totals.entities }} companies on the watch-list; {{ totals.issues }} data issue(s) were found in the inputs."),
            P("Heading1", "Investments"),
            Table([1300, 2300, 2300, 1500, 1600], [
                ["Date", "Investor", "Target", "Category", "Amount"],
                ["{% for x in investments %}{{ x.date | date }}", "{{ x.investor }}", "{{ x.target }}", "{{ x.category }}", "{{ x.amount | money }}{% endfor %}"],
                ["Total", string.Empty, string.Empty, "{{ totals.deals }} deal(s)", "{{ totals.investments | money }}"],
            ], hasTotals: true, rightAligned: [4]),
            P(null, string.Empty),
            P(null, "{% chart investments_by_investor %}"),
            P("Heading1", "Sentiment"),
            Table([3000, 1500, 1500, 1500, 1500], [
                ["Company", "Mean score", "Prior week", "Change", "Trend"],
                ["{% for e in entity_sentiment %}{{ e.entity }}", "{{ e.mean | number: 2 }}", "{{ e.prior_mean | number: 2 }}", "{{ e.change | number: 2, \"+\" }}",
                 "{% if e.change == nil %}new{% elsif e.change > 0.005 %}▲ up{% elsif e.change < -0.005 %}▼ down{% else %}► flat{% endif %}{% endfor %}"],
            ], rightAligned: [1, 2, 3]),
            P(null, string.Empty),
            P(null, "{% chart sentiment_by_week %}"),
            P("Heading1", "Article digest"),
            P(null, "{% if articles.size == 0 %}"),
            P(null, "No articles this week."),
            P(null, "{% endif %}"),
            P(null, "{% for a in articles %}"),
            P("Heading2", "{{ a.title | link: a.url }}"),
            P("Meta", "{{ a.site | default: \"Unknown site\" }} · {{ a.published | date }} · sentiment {{ a.sentiment_label }} ({{ a.sentiment | number: 2 }}, {% if a.sentiment_computed %}computed from the text{% else %}stated by the article{% endif %})"),
            P(null, "{{ a.summary }}"),
            P(null, "{% for f in a.figures %}"),
            P("Quote", "{{ f.text }}: “{{ f.sentence }}”"),
            P(null, "{% endfor %}"),
            P(null, "{% endfor %}"),
            P("Heading1", "Appendix: data issues"),
            P(null, "{% if issues.size == 0 %}No data issues: every row and article was read.{% else %}{{ issues.size }} problem(s) were found; rows marked error were left out of the figures above.{% endif %}"),
            Table([1000, 2600, 700, 1200, 1600, 1900], [
                ["Severity", "File", "Line", "Column", "Value", "Reason"],
                ["{% for i in issues %}{{ i.severity }}", "{{ i.file }}", "{{ i.line }}", "{{ i.column }}", "{{ i.value }}", "{{ i.reason }}{% endfor %}"],
            ]),
            P("Heading1", "Sources"),
            Table([3600, 1000, 1000, 3400], [
                ["File", "Kind", "Bytes", "SHA-256"],
                ["{% for f in sources %}{{ f.path }}", "{{ f.kind }}", "{{ f.bytes }}", "{{ f.sha256 }}{% endfor %}"],
            ], rightAligned: [2]),
            P("Meta", "Built by ReportAutomation {{ pack.version }} on {{ pack.generated_at | date }}. Figures are as reported by their sources and have not been audited."));
        body.Append(new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdHeader" },
            new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" },
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Right = 1134, Bottom = 1134, Left = 1134, Header = 567, Footer = 567, Gutter = 0 }));
        return body;
    }
}
