namespace ReportAutomation.Ingestion.Articles;

/// <summary>What the manifest says about one article file; each value overrides what the file itself says.</summary>
/// <param name="File">The file name inside the folder.</param>
/// <param name="Line">The manifest line it came from.</param>
/// <param name="Url">Canonical absolute http(s) URL, if given and valid.</param>
/// <param name="Site">Source or site name, if given.</param>
/// <param name="Published">Publication date, if given and valid.</param>
/// <param name="Title">Headline, if given.</param>
internal sealed record ManifestEntry(string File, int Line, string? Url, string? Site, DateOnly? Published, string? Title);
