namespace ReportAutomation.Core.Charts;

/// <summary>One series of a chart: its name and one value per category (null where there is none).</summary>
/// <param name="Name">Legend text, e.g. the entity.</param>
/// <param name="Values">One value per category, in category order.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);
