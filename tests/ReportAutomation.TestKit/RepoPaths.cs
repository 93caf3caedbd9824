namespace ReportAutomation.TestKit;

/// <summary>Finds the repository's folders from a test's output directory.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReportAutomation.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ReportAutomation.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root (folder of ReportAutomation.sln).</summary>
    public static string Root => RootPath.Value;

    /// <summary>The committed sample inputs.</summary>
    public static string SampleData => Path.Combine(Root, "sample-data");

    /// <summary>The committed templates.</summary>
    public static string Templates => Path.Combine(Root, "templates");

    /// <summary>The shared folder beside the repository (real web articles etc.), or null when absent.</summary>
    public static string? Shared
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(path) ? path : null;
        }
    }
}
