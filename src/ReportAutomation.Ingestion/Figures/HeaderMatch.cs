namespace ReportAutomation.Ingestion.Figures;

/// <summary>How a header row matched a table kind: where each known column is, and what is unknown, missing or repeated.</summary>
/// <param name="Schema">The kind matched against.</param>
/// <param name="Indices">For each schema column, its 0-based position in the header, or -1.</param>
/// <param name="Unknown">Header names the kind does not know (ignored when reading).</param>
/// <param name="Missing">Required columns the header lacks.</param>
/// <param name="Duplicates">Known columns named more than once.</param>
/// <param name="Hits">How many of the kind's distinctive columns the header has, to tell kinds apart.</param>
/// <param name="Unnamed">0-based positions of header cells without a name, whose values rows cannot use.</param>
internal sealed record HeaderMatch(
    TableSchema Schema,
    int[] Indices,
    IReadOnlyList<string> Unknown,
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> Duplicates,
    int Hits,
    IReadOnlyList<int> Unnamed)
{
    /// <summary>Whether rows can be read with this header.</summary>
    public bool Usable => Missing.Count == 0 && Duplicates.Count == 0;

    /// <summary>Reports why the header cannot be used, or that unknown columns are ignored; true when rows can be read.</summary>
    public bool Report(FileIssues issues, int headerLine)
    {
        if (Missing.Count > 0)
        {
            issues.Add(headerLine, string.Join(", ", Missing), null,
                $"{Schema.Kind} file lacks required column(s) {string.Join(", ", Missing)}; the file was skipped");
        }

        if (Duplicates.Count > 0)
        {
            issues.Add(headerLine, string.Join(", ", Duplicates), null,
                $"column(s) {string.Join(", ", Duplicates)} appear more than once; the file was skipped");
        }

        if (Usable && Unknown.Count > 0)
        {
            issues.Add(headerLine, string.Join(", ", Unknown), null,
                $"unknown column(s) {string.Join(", ", Unknown)} ignored");
        }

        return Usable;
    }
}
