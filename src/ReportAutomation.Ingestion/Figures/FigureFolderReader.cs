using System.Diagnostics;
using Microsoft.Extensions.Logging;
using ReportAutomation.Core.Errors;
using ReportAutomation.Core.IO;
using ReportAutomation.Core.Model;
using ReportAutomation.Ingestion.Figures.Csv;
using ReportAutomation.Ingestion.Figures.Parsing;
using ReportAutomation.Ingestion.Figures.Xlsx;

namespace ReportAutomation.Ingestion.Figures;

/// <summary>
/// Reads every <c>*.csv</c>, <c>*.xlsx</c> and <c>*.xlsm</c> in a folder as investment or sentiment figures (the kind of
/// each file is decided by its header row, not its name); every problem becomes a <see cref="DataIssue"/> and good rows
/// still flow. Any other file there is an issue too, so that nothing put in the folder is left out silently.
/// </summary>
public sealed class FigureFolderReader
{
    private readonly ILogger<FigureFolderReader> _logger;
    private readonly FigureReaderOptions _options;
    private readonly CsvFigureFileReader _csv;
    private readonly XlsxFigureFileReader _xlsx;

    /// <summary>Creates a reader with <paramref name="options"/> (validated now).</summary>
    public FigureFolderReader(ILogger<FigureFolderReader> logger, FigureReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _logger = logger;
        _options = options;
        var format = NumberFormat.For(options.Culture);
        _csv = new CsvFigureFileReader(options, format);
        _xlsx = new XlsxFigureFileReader(options, format);
    }

    /// <summary>Reads the figure files directly in <paramref name="folder"/>, in name order; <paramref name="rowsRead"/> hears the running count of data rows.</summary>
    public FigureSet Read(string folder, IProgress<long>? rowsRead = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var sink = new FigureSink(rowsRead, ct);
        var issues = new List<DataIssue>();
        var files = new List<InputFile>();
        if (!Directory.Exists(folder))
        {
            _logger.LogWarning("Figures folder {Folder} does not exist", folder);
            issues.Add(new DataIssue(folder, null, null, null, "figures folder does not exist"));
            return new FigureSet([], [], issues, files);
        }

        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            ct.ThrowIfCancellationRequested();
            var name = Path.GetFileName(path);
            if (name.StartsWith("~$", StringComparison.Ordinal) || name.StartsWith('.'))
            {
                // Excel's lock files and hidden files are not inputs.
                continue;
            }

            if (IsCsv(path) || IsXlsx(path))
            {
                ReadFile(folder, path, sink, issues, files);
            }
            else
            {
                issues.Add(new DataIssue(name, null, null, null, NotReadReason(Path.GetExtension(name))));
            }
        }

        foreach (var subfolder in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            _logger.LogInformation("Subfolder {Folder} of the figures folder is not read", Path.GetFileName(subfolder));
        }

        sink.Flush();
        return new FigureSet(sink.Investments, sink.Sentiment, issues, files);
    }

    private static bool IsCsv(string path) => path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    // A macro-enabled workbook is read like any other: its cells only, its macros never run.
    private static bool IsXlsx(string path) =>
        path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase);

    private static string NotReadReason(string extension) => extension.ToLowerInvariant() switch
    {
        ".xls" or ".xlsb" or ".ods" or ".numbers" => $"{extension} workbooks are not read; save it as .xlsx (or .csv) to include it",
        ".tsv" or ".txt" or ".tab" => "only comma-separated .csv files are read; save it as .csv to include it",
        _ => "not a figure file (.csv, .xlsx or .xlsm); it was not read",
    };

    private void ReadFile(string folder, string path, FigureSink sink, List<DataIssue> issues, List<InputFile> files)
    {
        var file = Path.GetRelativePath(folder, path).Replace('\\', '/');
        var fileIssues = new FileIssues(file, _options.MaxIssuesPerFile);
        var sheetIssues = new List<FileIssues>();
        var started = Stopwatch.GetTimestamp();
        var rowsBefore = sink.Rows;
        IReadOnlyList<string> kinds = [];
        try
        {
            var length = new FileInfo(path).Length;
            if (length == 0)
            {
                fileIssues.Add(null, null, null, "file is empty (0 bytes); the file was skipped");
            }
            else if (length > _options.MaxFileBytes)
            {
                fileIssues.Add(null, null, null, $"file is {length} bytes, more than the limit of {_options.MaxFileBytes}; the file was skipped");
            }
            else
            {
                // Hashing a large file costs as much as a quarter of parsing it: do it on another core meanwhile.
                var hash = Task.Run(() => FileHash.Describe(path, folder, "figures"), CancellationToken.None);
                sink.ExpectBytes(length);
                try
                {
                    kinds = IsCsv(path)
                        ? _csv.Read(path, file, fileIssues, sink) is { } kind ? [kind] : []
                        : _xlsx.Read(path, file, fileIssues, sheetIssues, sink);
                }
                finally
                {
                    files.Add(hash.GetAwaiter().GetResult());
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            fileIssues.Add(null, null, null, $"file could not be read: {e.Message}");
        }

        var found = fileIssues.Count + sheetIssues.Sum(s => s.Count);
        issues.AddRange(fileIssues.Finish());
        foreach (var sheet in sheetIssues)
        {
            issues.AddRange(sheet.Finish());
        }

        _logger.LogInformation(
            "Read {File} as {Kinds}: {Rows} rows, {Issues} issues in {ElapsedMs} ms",
            file,
            kinds.Count == 0 ? "nothing" : string.Join("+", kinds),
            sink.Rows - rowsBefore,
            found,
            (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}
