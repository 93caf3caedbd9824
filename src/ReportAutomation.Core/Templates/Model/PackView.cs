using ReportAutomation.Core.Model;

namespace ReportAutomation.Core.Templates.Model;

/// <summary>Template view of the pack itself: <c>pack.name</c>, <c>pack.version</c>, <c>pack.generated_at</c>, <c>pack.time_zone</c>.</summary>
internal sealed class PackView(WeeklyPack pack) : ITemplateView
{
    public string Name => pack.Name;

    public string Version => pack.Version;

    public DateTimeOffset GeneratedAt => pack.GeneratedAt;

    public string TimeZone => pack.TimeZone;

    /// <inheritdoc />
    public override string ToString() => pack.Name;
}
