using ReportAutomation.Core.Errors;
using ReportAutomation.Core.IO;
using ReportAutomation.Core.Model;
using ReportAutomation.Ingestion.Figures;
using ReportAutomation.Ingestion.Figures.Csv;

namespace ReportAutomation.Ingestion.Entities;

/// <summary>Reads the watch-list, <c>entities.csv</c>: <c>name,ticker,aliases</c> with aliases separated by ';'.</summary>
public sealed class WatchListReader
{
    private const int MaxRecordBytes = 64 * 1024;
    private const int MaxIssues = 1000;

    /// <summary>Reads the watch-list at <paramref name="path"/>; bad rows become issues and the good ones are kept.</summary>
    public ReadResult<WatchedEntity> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = Path.GetFileName(path);
        var issues = new FileIssues(file, MaxIssues);
        var entities = new List<WatchedEntity>();
        var files = new List<InputFile>();
        try
        {
            if (!File.Exists(path))
            {
                issues.Add(null, null, null, "watch-list file does not exist");
            }
            else if (new FileInfo(path).Length == 0)
            {
                files.Add(FileHash.Describe(path, Path.GetDirectoryName(Path.GetFullPath(path))!, "entities"));
                issues.Add(null, null, null, "file is empty (0 bytes)");
            }
            else
            {
                files.Add(FileHash.Describe(path, Path.GetDirectoryName(Path.GetFullPath(path))!, "entities"));
                ReadRows(path, issues, entities);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            issues.Add(null, null, null, $"file could not be read: {e.Message}");
        }

        return new ReadResult<WatchedEntity>(entities, issues.Finish(), files);
    }

    private static void ReadRows(string path, FileIssues issues, List<WatchedEntity> entities)
    {
        using var table = CsvTable.Open(path, issues, MaxRecordBytes);
        if (table is null)
        {
            return;
        }

        var header = TableSchema.WatchList.Match(table.Header);
        if (!header.Report(issues, 1))
        {
            return;
        }

        var (nameColumn, tickerColumn, aliasesColumn) = (header.Indices[0], header.Indices[1], header.Indices[2]);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (table.Read())
        {
            var line = table.Line;
            var name = table.GetString(nameColumn);
            if (name.Length == 0)
            {
                issues.Add(line, "name", null, "name is empty; the row was skipped");
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                issues.Add(line, "name", name, $"entity already listed on line {first}; the row was skipped");
                continue;
            }

            seen[name] = line;
            var ticker = tickerColumn >= 0 ? table.GetString(tickerColumn) : string.Empty;
            var aliases = aliasesColumn >= 0 ? SplitAliases(table.GetString(aliasesColumn), name) : [];
            entities.Add(new WatchedEntity(name, ticker.Length == 0 ? null : ticker, aliases));
        }
    }

    private static string[] SplitAliases(string text, string name) =>
        text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(a => !string.Equals(a, name, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
}
