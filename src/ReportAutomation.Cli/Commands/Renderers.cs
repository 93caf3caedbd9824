using Microsoft.Extensions.Logging;
using ReportAutomation.Core.Pipeline;
using ReportAutomation.Rendering.Excel;

namespace ReportAutomation.Cli.Commands;

/// <summary>The document renderers the product ships, in build order.</summary>
internal static class Renderers
{
    /// <summary>Every renderer.</summary>
    public static IReadOnlyList<IPackRenderer> All(ILoggerFactory loggers) => [new ExcelPackRenderer(loggers.CreateLogger<ExcelPackRenderer>())];
}
