namespace ReportAutomation.Core.Model;

/// <summary>A company on the watch-list, with the names it goes by.</summary>
public sealed record WatchedEntity(string Name, string? Ticker, IReadOnlyList<string> Aliases);
