using Microsoft.Extensions.Logging;

namespace ReportAutomation.Core.Pipeline;

/// <summary>Event ids a host's console filter knows.</summary>
public static class PipelineEvents
{
    /// <summary>The user already got this as an <c>error:</c>/<c>warning:</c> line: the event goes to the log file only.</summary>
    public static readonly EventId ShownToUser = new(9001, "ShownToUser");
}
