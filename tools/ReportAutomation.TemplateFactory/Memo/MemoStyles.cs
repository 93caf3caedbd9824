using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportAutomation.TemplateFactory.Memo;

/// <summary>The memo template's styles, as a Word user would set them up: Normal, Title, Subtitle, Heading 1-2, a small meta style, a report table style.</summary>
internal static class MemoStyles
{
    public const string Navy = "1F3864";
    public const string Muted = "6B7280";

    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                new FontSize { Val = "21" }, new FontSizeComplexScript { Val = "21" }, new Languages { Val = "en-GB" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraph("Normal", "Normal", null, null, isDefault: true),
        Paragraph("Title", "Title", new ParagraphProperties(new SpacingBetweenLines { After = "60" }),
            new StyleRunProperties(new Bold(), new Color { Val = Navy }, new FontSize { Val = "48" }, new FontSizeComplexScript { Val = "48" })),
        Paragraph("Subtitle", "Subtitle", new ParagraphProperties(new SpacingBetweenLines { After = "240" }),
            new StyleRunProperties(new Color { Val = Muted }, new FontSize { Val = "24" })),
        Paragraph("Heading1", "heading 1", new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "360", After = "120" }, new OutlineLevel { Val = 0 }),
            new StyleRunProperties(new Bold(), new Color { Val = Navy }, new FontSize { Val = "32" }, new FontSizeComplexScript { Val = "32" })),
        Paragraph("Heading2", "heading 2", new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "60" }, new OutlineLevel { Val = 1 }),
            new StyleRunProperties(new Bold(), new Color { Val = "2E75B6" }, new FontSize { Val = "25" }, new FontSizeComplexScript { Val = "25" })),
        Paragraph("Meta", "Meta", new ParagraphProperties(new SpacingBetweenLines { After = "60" }),
            new StyleRunProperties(new Color { Val = Muted }, new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" })),
        Paragraph("Quote", "Quote", new ParagraphProperties(new SpacingBetweenLines { After = "60" }, new Indentation { Left = "360" }),
            new StyleRunProperties(new Italic(), new FontSize { Val = "19" })),
        new Style(
            new StyleName { Val = "Report Table" },
            new BasedOn { Val = "TableNormal" },
            new StyleRunProperties(new FontSize { Val = "19" }, new FontSizeComplexScript { Val = "19" }),
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = "BFC5D2" }, new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "BFC5D2" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "BFC5D2" }),
                new TableCellMarginDefault(new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa })),
            new TableStyleProperties(
                new RunPropertiesBaseStyle(new Bold(), new Color { Val = "FFFFFF" }),
                new TableStyleConditionalFormattingTableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Fill = Navy, Color = "auto" }))
            { Type = TableStyleOverrideValues.FirstRow },
            new TableStyleProperties(
                new RunPropertiesBaseStyle(new Bold()),
                new TableStyleConditionalFormattingTableCellProperties(new TableCellBorders(new TopBorder { Val = BorderValues.Single, Size = 12, Color = Navy })))
            { Type = TableStyleOverrideValues.LastRow })
        { Type = StyleValues.Table, StyleId = "ReportTable" },
        new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            new TableCellMarginDefault(new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });

    private static Style Paragraph(string id, string name, ParagraphProperties? paragraph, StyleRunProperties? run, bool isDefault = false)
    {
        var style = new Style(new StyleName { Val = name }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = id };
        if (!isDefault)
        {
            style.InsertAt(new BasedOn { Val = "Normal" }, 1);
            style.InsertAt(new NextParagraphStyle { Val = "Normal" }, 2);
        }
        else
        {
            style.Default = true;
        }

        if (paragraph is not null)
        {
            style.Append(new StyleParagraphProperties(paragraph.ChildElements.Select(c => c.CloneNode(true))));
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }
}
