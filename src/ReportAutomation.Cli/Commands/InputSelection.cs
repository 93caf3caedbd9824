using System.Globalization;
using ReportAutomation.Core.Packs;
using ReportAutomation.Ingestion;
using ReportAutomation.Pipeline;

namespace ReportAutomation.Cli.Commands;

/// <summary>The inputs, week, culture, pack settings and clock a command was asked to use.</summary>
internal sealed record InputSelection(PackInputPaths Paths, WeekChoice Week, CultureInfo Culture, PackOptions Options, TimeProvider Clock)
{
    /// <summary>The pipeline's view of the selection.</summary>
    public PackLoadRequest ToLoadRequest() => new(Paths, Week, Culture, Options);
}
