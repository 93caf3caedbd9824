using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace ReportAutomation.TemplateFactory.Charts;

/// <summary>Small DrawingML pieces the chart builder reuses: colours, lines, text properties, titles.</summary>
internal static class ChartParts
{
    public const string TextColor = "404040";
    public const string GridColor = "E7E6E6";
    public const string FrameColor = "D9D9D9";

    public static A.SolidFill Fill(string hex) => new(new A.RgbColorModelHex { Val = hex });

    public static A.Outline Line(string hex, int widthEmu) => new(Fill(hex)) { Width = widthEmu };

    public static A.Outline NoLine() => new(new A.NoFill());

    /// <summary>Text properties for axis labels and legends (size in hundredths of a point).</summary>
    public static C.TextProperties Text(int size, bool bold = false) => new(
        new A.BodyProperties(),
        new A.ListStyle(),
        new A.Paragraph(
            new A.ParagraphProperties(new A.DefaultRunProperties(Fill(TextColor)) { FontSize = size, Bold = bold }),
            new A.EndParagraphRunProperties { Language = "en-US" }));

    /// <summary>A chart title as rich text.</summary>
    public static C.Title Title(string text) => new(
        new C.ChartText(new C.RichText(
            new A.BodyProperties(),
            new A.ListStyle(),
            new A.Paragraph(
                new A.ParagraphProperties(new A.DefaultRunProperties(Fill(TextColor)) { FontSize = 1200, Bold = true }),
                new A.Run(new A.RunProperties { Language = "en-US", FontSize = 1200, Bold = true }, new A.Text(text))))),
        new C.Overlay { Val = false });

    /// <summary>A series name taken from a cell.</summary>
    public static C.SeriesText SeriesName(string formula) => new(new C.StringReference(new C.Formula(formula)));

    /// <summary>Category labels taken from text cells.</summary>
    public static C.CategoryAxisData Categories(string formula) => new(new C.StringReference(new C.Formula(formula)));

    /// <summary>Values taken from numeric cells.</summary>
    public static C.Values Values(string formula) => new(new C.NumberReference(new C.Formula(formula)));
}
