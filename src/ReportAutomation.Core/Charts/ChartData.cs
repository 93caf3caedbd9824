namespace ReportAutomation.Core.Charts;

/// <summary>A chart's description resolved against one pack: the categories and series every renderer draws.</summary>
/// <param name="Description">What the chart is (id, title, kind, value kind, colour).</param>
/// <param name="Categories">Category labels in display order.</param>
/// <param name="Series">The series; each has one value per category.</param>
public sealed record ChartData(ChartDescription Description, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series)
{
    /// <summary>For money charts whose categories each have their own currency: one ISO code per category (else null, and
    /// values are in the pack's currency).</summary>
    public IReadOnlyList<string>? Currencies { get; init; }

    /// <summary>True when the categories' currencies differ (a value axis then carries no currency symbol).</summary>
    public bool MixesCurrencies => Currencies is { } codes && AreMixed(codes);

    /// <summary>True when <paramref name="currencies"/> holds more than one distinct code.</summary>
    public static bool AreMixed(IEnumerable<string> currencies) => currencies.Distinct(StringComparer.Ordinal).Skip(1).Any();

    /// <summary>True when there is nothing to plot (no category or no value).</summary>
    public bool IsEmpty => Categories.Count == 0 || Series.All(s => s.Values.All(v => v is null));
}
