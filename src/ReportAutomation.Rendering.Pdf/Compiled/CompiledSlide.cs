using ReportAutomation.Core.Charts;
using ReportAutomation.Core.Templates;
using ReportAutomation.Rendering.Pdf.Template;

namespace ReportAutomation.Rendering.Pdf.Compiled;

/// <summary>A checked slide: every text parsed and checked against the model, loops and conditions ready to evaluate.</summary>
internal sealed record CompiledSlide(
    SlideLayout Layout,
    TemplateLocation Location,
    CompiledLoop? When,
    CompiledLoop? Repeat,
    CompiledText? Title,
    CompiledText? Subtitle,
    IReadOnlyList<CompiledText> Bullets,
    IReadOnlyList<CompiledTile> Tiles,
    ChartDescription? Chart,
    CompiledLoop? Rows,
    IReadOnlyList<CompiledColumn> Columns,
    CompiledText? Empty,
    CompiledLoop? Cards,
    CompiledCard? Card,
    int PerSlide,
    CompiledText? Text);
