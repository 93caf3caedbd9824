using CsvHelper;
using ReportAutomation.Core.Errors;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>
/// Reads <c>articles.csv</c> (header <c>file,url,source,published,title</c>; only <c>file</c> required; headers match
/// ignoring case; a UTF-8 BOM is fine) with CsvHelper in strict mode: malformed rows, unknown columns, unknown files and
/// bad values become data issues with their line and column.
/// </summary>
internal static class ManifestReader
{
    private const int MaxRecordBytes = 64 * 1024;

    private static readonly string[] KnownColumns = ["file", "url", "source", "published", "title"];

    /// <summary>Reads the manifest at <paramref name="path"/>, reported as <paramref name="displayPath"/>.</summary>
    /// <param name="path">The manifest's full path.</param>
    /// <param name="displayPath">The path issues name, e.g. <c>articles/articles.csv</c>.</param>
    /// <param name="articleFiles">The article file names in the folder, which rows must name.</param>
    /// <param name="zone">The pack's time zone, into which a published date-time with an offset is moved.</param>
    public static ArticleManifest Read(string path, string displayPath, IReadOnlySet<string> articleFiles, TimeZoneInfo? zone = null)
    {
        var issues = new List<DataIssue>();
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            DetectSeparatorHint = false,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            AllowLineBreaksInQuotes = false,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            MissingField = CsvMissingFieldHandling.Throw,
            MaxRecordSize = MaxRecordBytes,
            OnMalformedRecord = bad => issues.Add(new DataIssue(
                displayPath, (int)bad.LineNumber, null, null, $"row skipped: {Describe(bad.Reason)}")),
        };

        try
        {
            using var csv = CsvReader.FromFile(path, options);
            if (!CheckHeader(csv.Headers, displayPath, issues))
            {
                return new ArticleManifest(entries, issues);
            }

            while (csv.Read())
            {
                var line = (int)csv.LineNumber;
                var row = csv.GetRecord<ManifestRow>();
                if (ToEntry(row, line, displayPath, articleFiles, entries, issues, zone) is { } entry)
                {
                    entries[entry.File] = entry;
                }
            }
        }
        catch (CsvFormatException ex)
        {
            issues.Add(new DataIssue(displayPath, ex.LineNumber > 0 ? (int)ex.LineNumber : null, null, null, "manifest could not be read past this point: " + ex.Message));
        }

        return new ArticleManifest(entries, issues);
    }

    private static bool CheckHeader(IReadOnlyList<string> headers, string displayPath, List<DataIssue> issues)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in headers)
        {
            var name = header.Trim();
            if (!KnownColumns.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                issues.Add(new DataIssue(displayPath, 1, name, name, "unknown column; ignored (expected file, url, source, published, title)"));
            }
            else if (!seen.Add(name))
            {
                issues.Add(new DataIssue(displayPath, 1, name, name, "column appears twice; the first one is used"));
            }
        }

        if (!seen.Contains("file"))
        {
            issues.Add(new DataIssue(displayPath, 1, "file", null, "manifest has no 'file' column; the whole manifest is ignored"));
            return false;
        }

        return true;
    }

    private static ManifestEntry? ToEntry(
        ManifestRow row,
        int line,
        string displayPath,
        IReadOnlySet<string> articleFiles,
        Dictionary<string, ManifestEntry> entries,
        List<DataIssue> issues,
        TimeZoneInfo? zone)
    {
        var file = row.File.Trim();
        if (file.Length == 0)
        {
            issues.Add(new DataIssue(displayPath, line, "file", null, "row has no file name; skipped"));
            return null;
        }

        // The value is only ever compared with the names found in the folder; it never becomes a path.
        if (!articleFiles.Contains(file))
        {
            issues.Add(new DataIssue(displayPath, line, "file", Trim(file), "names a file that is not an article in the folder; row skipped"));
            return null;
        }

        if (entries.ContainsKey(file))
        {
            issues.Add(new DataIssue(displayPath, line, "file", Trim(file), "file already listed on an earlier row; this row is skipped"));
            return null;
        }

        DateOnly? published = null;
        if (!string.IsNullOrWhiteSpace(row.Published))
        {
            if (ArticleDates.TryParse(row.Published, out var date, zone))
            {
                published = date;
            }
            else
            {
                issues.Add(new DataIssue(displayPath, line, "published", Trim(row.Published), "not a date (use YYYY-MM-DD); the page's own date is used"));
            }
        }

        string? url = null;
        if (!string.IsNullOrWhiteSpace(row.Url))
        {
            url = HtmlArticleExtractor.AbsoluteHttpUrl(row.Url);
            if (url is null)
            {
                issues.Add(new DataIssue(displayPath, line, "url", Trim(row.Url), "not an absolute http(s) URL; the page's own URL is used"));
            }
        }

        return new ManifestEntry(file, line, url, NullIfEmpty(row.Source), published, NullIfEmpty(row.Title));
    }

    private static string? NullIfEmpty(string? value) =>
        value is null ? null : ArticleText.Normalize(value) is { Length: > 0 } s ? s : null;

    private static string Trim(string value) => value.Length <= 80 ? value : value[..80] + "\u2026";

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.FieldCountMismatch => "it has a different number of fields than the header",
        CsvMalformedReason.UnterminatedQuote => "a quoted value is never closed",
        CsvMalformedReason.LineBreakInQuotes => "a quoted value spans lines",
        _ => "its quoting is malformed (" + reason + ")",
    };
}
