using Microsoft.Extensions.Logging;

namespace ReportAutomation.Cli.Hosting;

/// <summary>Event ids the host's console filter knows.</summary>
internal static class LogEvents
{
    /// <summary>The user already got this as an <c>error:</c> line on stderr: the event goes to the log file only.</summary>
    public static readonly EventId ShownToUser = Core.Pipeline.PipelineEvents.ShownToUser;
}
