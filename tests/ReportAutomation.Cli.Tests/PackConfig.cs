using ReportAutomation.TestKit;

namespace ReportAutomation.Cli.Tests;

/// <summary>A delivery configuration file for the weekly-ir pack over the repository's sample data, outbox delivery.</summary>
internal static class PackConfig
{
    /// <summary>Writes <paramref name="name"/> in <paramref name="folder"/>; <paramref name="extra"/> is JSON members added to the pack.</summary>
    public static (string Config, string Output) Write(TempFolder folder, string name, string recipients, string extra)
    {
        var output = Path.Combine(folder.Path, "out").Replace("\\", "/", StringComparison.Ordinal);
        var config = folder.File(name);
        File.WriteAllText(config, $$"""
            { "Packs": [ { "Name": "weekly-ir", "Articles": "{{RepoPaths.SampleData}}/articles", "Figures": "{{RepoPaths.SampleData}}/figures",
              "Entities": "{{RepoPaths.SampleData}}/entities.csv", "Templates": "{{RepoPaths.Templates}}", "Output": "{{output}}",
              "Recipients": {{recipients}}, {{extra}} } ] }
            """);
        return (config, output);
    }
}
