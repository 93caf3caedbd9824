using ReportAutomation.Ingestion;
using Serilog.Events;

namespace ReportAutomation.Cli.Hosting;

/// <summary>Which log events stay out of the console (they still go to the JSON log file).</summary>
internal static class ConsoleFilters
{
    // The readers log each data issue as they meet it; the commands show the same issues as a table or list and log a
    // count per file, so on the console these lines would repeat every issue.
    private const string IngestionContext = "ReportAutomation.Ingestion";

    /// <summary>Whether <paramref name="logEvent"/> is a reader's echo of one data issue, or was already shown to the user.</summary>
    public static bool IsFileOnly(LogEvent logEvent)
    {
        if (EventIdOf(logEvent) == LogEvents.ShownToUser.Id)
        {
            return true;
        }

        if (!logEvent.Properties.TryGetValue("SourceContext", out var context)
            || context is not ScalarValue { Value: string source }
            || !source.StartsWith(IngestionContext, StringComparison.Ordinal))
        {
            return false;
        }

        return EventIdOf(logEvent) is { } id && IngestionEvents.DataIssueIds.Contains(id);
    }

    private static int? EventIdOf(LogEvent logEvent) =>
        logEvent.Properties.TryGetValue("EventId", out var eventId)
        && eventId is StructureValue structure
        && structure.Properties.FirstOrDefault(p => p.Name == "Id")?.Value is ScalarValue { Value: int id }
            ? id
            : null;
}
