namespace ReportAutomation.Cli.Commands;

/// <summary>
/// The templates and sample data ship beside the application (copied into its folder at build time), so the defaults
/// work wherever the command is run from; a path the user types is still taken relative to the working directory.
/// </summary>
internal static class InstalledFiles
{
    /// <summary>The application's folder.</summary>
    public static string Root { get; } = AppContext.BaseDirectory;

    /// <summary>The shipped templates folder.</summary>
    public static string Templates => Path.Combine(Root, "templates");

    /// <summary>The shipped sample data folder.</summary>
    public static string SampleData => Path.Combine(Root, "sample-data");
}
