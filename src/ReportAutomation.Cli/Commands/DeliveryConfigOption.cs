using System.CommandLine;
using ReportAutomation.Delivery.Options;

namespace ReportAutomation.Cli.Commands;

/// <summary><c>--config FILE</c> of the delivery commands, and loading the configuration it names.</summary>
internal sealed class DeliveryConfigOption
{
    /// <summary>The option.</summary>
    public Option<string?> Option { get; } = new("--config")
    {
        Description = "Settings file (JSON) used instead of the shipped appsettings.json; REPORTAUTOMATION__Section__Key variables override either.",
    };

    /// <summary>The validated configuration; problems are one readable line (<see cref="DeliveryConfigurationException"/>).</summary>
    public LoadedDeliveryOptions Load(ParseResult result) => DeliveryConfiguration.Load(InstalledFiles.Root, result.GetValue(Option));

    /// <summary>The packs to work on: the one <c>--pack</c> names, or all.</summary>
    public static IReadOnlyList<PackDeliveryOptions> Select(LoadedDeliveryOptions config, string? pack)
    {
        if (pack is null)
        {
            return config.Options.Packs;
        }

        return config.Pack(pack) is { } found
            ? [found]
            : throw new UsageException($"--pack '{pack}' is not configured (configured: {string.Join(", ", config.Options.Packs.Select(p => p.Name))}).");
    }
}
