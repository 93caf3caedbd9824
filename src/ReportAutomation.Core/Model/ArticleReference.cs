namespace ReportAutomation.Core.Model;

/// <summary>A brief pointer to an article of another week (or undated): enough to find it, without its text.</summary>
/// <param name="Id">The article's id (its file name relative to the articles folder).</param>
/// <param name="Title">Headline.</param>
/// <param name="Site">Publication or site name, when known.</param>
/// <param name="Published">Publication date, when known.</param>
/// <param name="Week">The ISO week label of <paramref name="Published"/>, when known.</param>
/// <param name="SourceFile">The article's file, relative to the articles folder.</param>
/// <param name="Url">Canonical URL, when known.</param>
public sealed record ArticleReference(string Id, string Title, string? Site, DateOnly? Published, string? Week, string SourceFile, string? Url);
