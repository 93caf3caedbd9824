using Microsoft.Extensions.Logging;
using ReportAutomation.Core.Pipeline;
using ReportAutomation.Rendering.Excel;
using ReportAutomation.Rendering.Pdf;
using ReportAutomation.Rendering.Word;

namespace ReportAutomation.Pipeline;

/// <summary>The document renderers the product ships, in build order (the CLI and the worker use the same list).</summary>
public static class PackRenderers
{
    /// <summary>Every renderer.</summary>
    public static IReadOnlyList<IPackRenderer> All(ILoggerFactory loggers) =>
    [
        new ExcelPackRenderer(loggers.CreateLogger<ExcelPackRenderer>()),
        new WordMemoRenderer(loggers.CreateLogger<WordMemoRenderer>()),
        new PdfDeckRenderer(loggers.CreateLogger<PdfDeckRenderer>()),
    ];
}
