using System.CommandLine;

namespace ReportAutomation.Cli.Commands;

/// <summary>Options every command accepts (logging verbosity is read by the host before parsing).</summary>
internal static class CommonOptions
{
    /// <summary>More detail on the console.</summary>
    public static Option<bool> Verbose { get; } = new("--verbose") { Description = "Show debug detail on the console.", Recursive = true };

    /// <summary>Errors only on the console.</summary>
    public static Option<bool> Quiet { get; } = new("--quiet") { Description = "Show only errors on the console.", Recursive = true };
}
