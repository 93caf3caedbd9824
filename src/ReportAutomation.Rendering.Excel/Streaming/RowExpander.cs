using System.Diagnostics;
using System.IO.Compression;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Streams an .xlsx from an input to an output path, replacing template rows by generated rows and moving every
/// reference to the rows below (formulas on any sheet, defined names, tables, charts, merges, conditional formats,
/// validations, hyperlinks); untouched zip entries are copied as they are. Memory stays flat whatever the row count.</summary>
public sealed class RowExpander
{
    private readonly RowExpanderOptions _options;
    private readonly ILogger<RowExpander> _logger;

    /// <summary>Creates an expander with the given options (defaults when null).</summary>
    public RowExpander(RowExpanderOptions? options = null, ILogger<RowExpander>? logger = null)
    {
        _options = options ?? new RowExpanderOptions();
        _logger = logger ?? NullLogger<RowExpander>.Instance;
    }

    /// <summary>Writes <paramref name="outputXlsx"/>: <paramref name="inputXlsx"/> with each expansion's template row replaced by its rows.</summary>
    public ExpansionReport Expand(string inputXlsx, string outputXlsx, IReadOnlyList<RowExpansion> expansions, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(expansions);
        if (string.Equals(Path.GetFullPath(inputXlsx), Path.GetFullPath(outputXlsx), StringComparison.Ordinal))
        {
            throw new ArgumentException("The output must be a different file from the input.", nameof(outputXlsx));
        }

        var clock = Stopwatch.StartNew();
        var spools = new List<RowSpool>();
        try
        {
            using var input = ZipFile.OpenRead(inputXlsx);
            var package = PackageMap.Read(input);
            var jobs = expansions.Select(e => ToJob(e, package, inputXlsx, spools, ct)).ToList();
            CheckDistinct(jobs);
            var map = new RowShiftMap(jobs.Select(j => (j.SheetName, j.TemplateRow, j.ExtraRows)));
            foreach (var job in jobs)
            {
                job.FirstRow = map.For(job.SheetName)!.MapStart(job.TemplateRow);
                if ((long)job.FirstRow + job.OutputRows - 1 > ExcelLimits.MaxRow)
                {
                    throw new InvalidOperationException(
                        $"Sheet '{job.SheetName}' row {job.TemplateRow} would need rows {job.FirstRow} to {(long)job.FirstRow + job.OutputRows - 1}, past Excel's last row {ExcelLimits.MaxRow}.");
                }
            }

            var counters = new ExpansionCounters();
            WriteOutput(input, package, map, jobs, counters, outputXlsx, ct);
            var report = new ExpansionReport(
                jobs.Select(j => new ExpandedRows(j.SheetName, j.TemplateRow, j.FirstRow, j.RowCount)).ToList(),
                counters.PartsRewritten, counters.PartsCopied, counters.HyperlinksWritten, counters.HyperlinksAsText,
                counters.TextsTruncated, counters.ChartSeriesDropped);
            _logger.LogInformation(
                "Expanded {Expansions} template rows into {Rows} rows of {Output} in {ElapsedMs} ms ({Rewritten} parts rewritten, {Copied} copied)",
                jobs.Count, jobs.Sum(j => (long)j.RowCount), outputXlsx, clock.ElapsedMilliseconds, report.PartsRewritten, report.PartsCopied);
            return report;
        }
        finally
        {
            spools.ForEach(s => s.Dispose());
        }
    }

    private void WriteOutput(ZipArchive input, PackageMap package, RowShiftMap map, List<ExpansionJob> jobs, ExpansionCounters counters, string outputXlsx, CancellationToken ct)
    {
        try
        {
            using var stream = new FileStream(outputXlsx, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16);
            using var output = new ZipArchive(stream, ZipArchiveMode.Create);
            new PackageRewriter(input, package, map, jobs, _options, counters).Write(output, ct);
        }
        catch
        {
            // A half-written workbook must not look like a result.
            File.Delete(outputXlsx);
            throw;
        }
    }

    private ExpansionJob ToJob(RowExpansion expansion, PackageMap package, string inputXlsx, List<RowSpool> spools, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(expansion);
        var sheet = package.FindSheet(expansion.SheetName)
            ?? throw new ArgumentException($"'{inputXlsx}' has no worksheet named '{expansion.SheetName}'.", nameof(expansion));
        if (expansion.TemplateRow is < 1 or > ExcelLimits.MaxRow)
        {
            throw new ArgumentOutOfRangeException(nameof(expansion), $"Template row {expansion.TemplateRow} of '{expansion.SheetName}' is not a sheet row.");
        }

        var rows = expansion.Rows ?? throw new ArgumentException($"The expansion of '{expansion.SheetName}' row {expansion.TemplateRow} has no rows sequence.", nameof(expansion));
        if (!rows.TryGetNonEnumeratedCount(out var count))
        {
            _logger.LogDebug("Spooling the uncountable rows for {Sheet} row {TemplateRow}", sheet.Name, expansion.TemplateRow);
            var spool = RowSpool.Write(rows, _options.TempFolder ?? Path.GetTempPath(), ct);
            spools.Add(spool);
            count = spool.Count;
            rows = spool.Read();
        }

        return new ExpansionJob { SheetName = sheet.Name, TemplateRow = expansion.TemplateRow, RowCount = count, Rows = rows, RowHeight = expansion.RowHeight };
    }

    private static void CheckDistinct(List<ExpansionJob> jobs)
    {
        var twice = jobs.GroupBy(j => (j.SheetName, j.TemplateRow)).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new ArgumentException($"Sheet '{twice.Key.SheetName}' row {twice.Key.TemplateRow} is expanded twice.");
        }
    }
}
