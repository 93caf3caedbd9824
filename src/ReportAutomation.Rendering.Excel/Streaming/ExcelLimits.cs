namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Excel's sheet and cell limits.</summary>
internal static class ExcelLimits
{
    public const int MaxRow = 1_048_576;
    public const int MaxColumn = 16_384;
    public const int MaxCellTextLength = 32_767;
    public const int MaxSeriesPerChart = 255;
    public const int MaxUrlLength = 2_079;
}
