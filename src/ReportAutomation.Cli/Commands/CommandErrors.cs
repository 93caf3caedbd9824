using Microsoft.Extensions.Logging;
using ReportAutomation.Cli.Hosting;
using ReportAutomation.Cli.Terminal;
using ReportAutomation.Core.Errors;
using ReportAutomation.Delivery.Options;
using ReportAutomation.Pipeline;

namespace ReportAutomation.Cli.Commands;

/// <summary>Maps the expected failures of a command to one readable line and exit code 1 (no stack trace for a user error).</summary>
internal static class CommandErrors
{
    /// <summary>Runs <paramref name="action"/>, turning usage and input errors into messages.</summary>
    public static int Guard(CommandContext context, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception ex) when (IsExpected(ex))
        {
            return Report(context, ex);
        }
    }

    /// <summary>Awaits <paramref name="action"/>, turning usage and input errors into messages.</summary>
    public static async Task<int> GuardAsync(CommandContext context, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception ex) when (IsExpected(ex))
        {
            return Report(context, ex);
        }
    }

    private static bool IsExpected(Exception ex) =>
        ex is UsageException or DeliveryConfigurationException or PackSetupException or InputRejectedException;

    private static int Report(CommandContext context, Exception ex)
    {
        if (ex is InputRejectedException rejected)
        {
            context.Loggers.CreateLogger(typeof(CommandErrors)).LogError(LogEvents.ShownToUser, "Input rejected: {File}: {Reason}", rejected.File, rejected.Reason);
        }

        // Messages quote paths and values as given: one inert line each, whatever they contain.
        context.Error.WriteLine("error: " + InertText.Of(ex.Message));
        return ExitCodes.Failure;
    }
}
