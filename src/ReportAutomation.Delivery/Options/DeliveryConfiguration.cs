using System.Collections;
using Microsoft.Extensions.Configuration;

namespace ReportAutomation.Delivery.Options;

/// <summary>
/// Reads the worker's configuration: <c>--config FILE</c>, else <c>appsettings.json</c> beside the application, then
/// environment variables <c>REPORTAUTOMATION__Section__Key</c> (later sources win), bound to <see cref="DeliveryOptions"/>
/// and validated. Relative input paths are taken from the folder of <c>--config FILE</c>, else the application's folder.
/// </summary>
public static class DeliveryConfiguration
{
    /// <summary>The environment variable prefix.</summary>
    public const string EnvironmentPrefix = "REPORTAUTOMATION__";

    /// <summary>The shipped settings file's name.</summary>
    public const string DefaultFileName = "appsettings.json";

    /// <summary>Loads and validates; any problem is a <see cref="DeliveryConfigurationException"/> with one readable line.</summary>
    /// <param name="appFolder">The application's folder (holds the shipped <c>appsettings.json</c>).</param>
    /// <param name="configFile">The <c>--config</c> file, or null.</param>
    /// <param name="environment">Environment variables (tests pass their own).</param>
    public static LoadedDeliveryOptions Load(string appFolder, string? configFile, IDictionary? environment = null)
    {
        // --config replaces the shipped file rather than layering on it: configuration merges lists by index, so a
        // shorter recipient list in FILE would otherwise keep the shipped sample's extra addresses.
        var builder = new ConfigurationBuilder();
        var shipped = Path.Combine(appFolder, DefaultFileName);
        if (configFile is null && File.Exists(shipped))
        {
            builder.AddJsonFile(shipped, optional: true, reloadOnChange: false);
        }

        var baseFolder = appFolder;
        if (configFile is not null)
        {
            var full = Path.GetFullPath(configFile);
            if (!File.Exists(full))
            {
                throw new DeliveryConfigurationException($"--config '{configFile}' does not exist.");
            }

            builder.AddJsonFile(full, optional: false, reloadOnChange: false);
            baseFolder = Path.GetDirectoryName(full)!;
        }

        builder.AddInMemoryCollection(FromEnvironment(environment ?? Environment.GetEnvironmentVariables()));
        IConfigurationRoot root;
        try
        {
            root = builder.Build();
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or IOException)
        {
            throw new DeliveryConfigurationException("configuration: " + OneLine(ex), ex);
        }

        var options = new DeliveryOptions();
        try
        {
            root.Bind(options);
        }
        catch (InvalidOperationException ex)
        {
            throw new DeliveryConfigurationException("configuration: " + OneLine(ex), ex);
        }

        var loaded = new LoadedDeliveryOptions(options, baseFolder);
        var errors = DeliveryOptionsValidator.Validate(loaded);
        if (errors.Count > 0)
        {
            throw new DeliveryConfigurationException("configuration: " + string.Join("; ", errors));
        }

        return loaded;
    }

    private static IEnumerable<KeyValuePair<string, string?>> FromEnvironment(IDictionary environment)
    {
        foreach (DictionaryEntry entry in environment)
        {
            if (entry.Key is string key && key.StartsWith(EnvironmentPrefix, StringComparison.OrdinalIgnoreCase))
            {
                yield return new(key[EnvironmentPrefix.Length..].Replace("__", ":", StringComparison.Ordinal), entry.Value as string);
            }
        }
    }

    // The JSON reader's message is several lines with the inner detail last: keep both on one line.
    private static string OneLine(Exception ex)
    {
        var parts = new List<string>();
        for (var e = ex; e is not null; e = e.InnerException)
        {
            parts.Add(e.Message.ReplaceLineEndings(" ").Trim());
        }

        return string.Join(": ", parts.Distinct());
    }
}
