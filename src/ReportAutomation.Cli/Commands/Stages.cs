using Microsoft.Extensions.Logging;
using ReportAutomation.Cli.Terminal;
using Spectre.Console;

namespace ReportAutomation.Cli.Commands;

/// <summary>Runs one stage of a command (read, build, render): a live status line on a terminal, and a structured timing
/// in the log always.</summary>
internal static class Stages
{
    /// <summary>Runs <paramref name="work"/> as <paramref name="stage"/>; it may report progress text through its argument.</summary>
    public static T Run<T>(CommandContext context, string stage, string status, Func<IProgress<string>?, T> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var logger = context.Loggers.CreateLogger(typeof(Stages));
        logger.LogInformation("Stage {Stage} started", stage);
        var started = context.Clock.GetTimestamp();
        var result = context.Console.Profile.Capabilities.Interactive
            ? context.Console.Status().Start(Markup.Escape(status), s =>
                work(new Core.Pipeline.InlineProgress<string>(message => s.Status(Markup.Escape(InertText.Of(message))))))
            : work(null);
        // No check after the work: what it finished (a document renamed into place) is the caller's to keep or remove.
        logger.LogInformation("Stage {Stage} finished in {ElapsedMs} ms", stage, (long)context.Clock.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }
}
