using ReportAutomation.Core.Charts;
using ReportAutomation.Core.Templates;

namespace ReportAutomation.Rendering.Pdf.Template;

/// <summary>One slide as the template describes it, before filling.</summary>
internal sealed record SlideSpec(
    SlideLayout Layout,
    TemplateLocation Location,
    TextSpec? Title,
    TextSpec? Subtitle,
    TextSpec? When,
    TextSpec? Repeat,
    IReadOnlyList<TextSpec> Bullets,
    IReadOnlyList<TileSpec> Tiles,
    ChartDescription? Chart,
    TextSpec? Rows,
    IReadOnlyList<ColumnSpec> Columns,
    TextSpec? Empty,
    TextSpec? Cards,
    CardSpec? Card,
    int PerSlide,
    TextSpec? Text);
