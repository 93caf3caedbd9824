namespace ReportAutomation.Ingestion;

/// <summary>Where a pack's inputs live.</summary>
/// <param name="Articles">Folder of .html/.txt articles (with an optional articles.csv manifest).</param>
/// <param name="Figures">Folder of figure files (.csv, .xlsx).</param>
/// <param name="Entities">The watch-list CSV (name, ticker, aliases).</param>
public sealed record PackInputPaths(string Articles, string Figures, string Entities);
