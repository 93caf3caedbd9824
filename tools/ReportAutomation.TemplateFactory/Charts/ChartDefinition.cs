using ReportAutomation.Core.Charts;

namespace ReportAutomation.TemplateFactory.Charts;

/// <summary>A chart to add to a sheet: what it is comes from Core's <see cref="PackCharts"/>; the factory adds only the
/// cells its series read and where it sits.</summary>
/// <param name="Description">The pack chart this template chart draws (title, kind, value format, colour).</param>
/// <param name="SheetName">The sheet the chart is drawn on.</param>
/// <param name="Series">The series (the template has one per chart).</param>
/// <param name="Column">0-based column of the top-left corner.</param>
/// <param name="Row">0-based row of the top-left corner.</param>
/// <param name="WidthCm">Width in centimetres (the chart keeps its size when rows are inserted: one-cell anchor).</param>
/// <param name="HeightCm">Height in centimetres.</param>
internal sealed record ChartDefinition(
    ChartDescription Description,
    string SheetName,
    IReadOnlyList<ChartSeriesDefinition> Series,
    int Column,
    int Row,
    double WidthCm,
    double HeightCm)
{
    /// <summary>Drawing object name shown in Excel's selection pane (the chart's title).</summary>
    public string Name => Description.Title;

    /// <summary>Chart title.</summary>
    public string Title => Description.Title;

    /// <summary>Bars or lines.</summary>
    public ChartKind Kind => Description.Kind;

    /// <summary>Number format of the value axis and data labels.</summary>
    public string ValueFormat => Description.ExcelValueFormat;

    /// <summary>Fixed fill/line colour (RRGGBB) of the series, or null to let Excel pick one per series.</summary>
    public string? ColorHex => Description.ColorHex;
}
