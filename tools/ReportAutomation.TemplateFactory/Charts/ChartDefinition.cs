namespace ReportAutomation.TemplateFactory.Charts;

/// <summary>A chart to add to a sheet: its type, title, series and where it sits.</summary>
/// <param name="SheetName">The sheet the chart is drawn on.</param>
/// <param name="Name">Drawing object name shown in Excel's selection pane.</param>
/// <param name="Title">Chart title.</param>
/// <param name="Kind">Chart type.</param>
/// <param name="Series">The series (the template has one per chart).</param>
/// <param name="ValueFormat">Number format of the value axis.</param>
/// <param name="Column">0-based column of the top-left corner.</param>
/// <param name="Row">0-based row of the top-left corner.</param>
/// <param name="WidthCm">Width in centimetres (the chart keeps its size when rows are inserted: one-cell anchor).</param>
/// <param name="HeightCm">Height in centimetres.</param>
internal sealed record ChartDefinition(
    string SheetName,
    string Name,
    string Title,
    ChartKind Kind,
    IReadOnlyList<ChartSeriesDefinition> Series,
    string ValueFormat,
    int Column,
    int Row,
    double WidthCm,
    double HeightCm);
