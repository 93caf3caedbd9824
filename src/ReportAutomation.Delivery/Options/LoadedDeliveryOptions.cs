namespace ReportAutomation.Delivery.Options;

/// <summary>Validated options and the folder their relative input paths are taken from.</summary>
/// <param name="Options">The bound options.</param>
/// <param name="BaseFolder">The folder relative input paths (articles, figures, entities, templates) start from.</param>
public sealed record LoadedDeliveryOptions(DeliveryOptions Options, string BaseFolder)
{
    /// <summary>An input path made absolute against <see cref="BaseFolder"/>.</summary>
    public string Input(string path) => Path.GetFullPath(Path.Combine(BaseFolder, path));

    /// <summary>The pack named <paramref name="name"/>, or null.</summary>
    public PackDeliveryOptions? Pack(string name) =>
        Options.Packs.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
}
