namespace ReportAutomation.Core.Packs;

/// <summary>Settings that shape a pack, bound from the command line or configuration.</summary>
public sealed record PackOptions
{
    /// <summary>Pack name; also the template base name and output folder.</summary>
    public string Name { get; init; } = "weekly-ir";

    /// <summary>IANA or Windows time-zone id that decides which week is "last complete".</summary>
    public string TimeZone { get; init; } = "Europe/London";

    /// <summary>How many weeks of sentiment history the pack carries, the pack's week included.</summary>
    public int HistoryWeeks { get; init; } = 8;

    /// <summary>How many top movers to list.</summary>
    public int TopMovers { get; init; } = 5;

    /// <summary>Resolves <see cref="TimeZone"/>; throws naming the id when it is unknown.</summary>
    public TimeZoneInfo ResolveTimeZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new ArgumentException($"Unknown time zone '{TimeZone}'. Use an IANA id such as Europe/London or America/New_York.");
        }
    }
}
