using System.Diagnostics;
using System.Xml;
using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.Logging;
using ReportAutomation.Core.IO;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Pipeline;
using ReportAutomation.Core.Templates;
using ReportAutomation.Rendering.Excel.Filling;
using ReportAutomation.Rendering.Excel.Streaming;
using ReportAutomation.Rendering.Excel.Templating;

namespace ReportAutomation.Rendering.Excel;

/// <summary>Fills an .xlsx template: ClosedXML for the template sheets, then a streaming pass that expands loop rows.</summary>
public sealed class ExcelPackRenderer(ILogger<ExcelPackRenderer> logger) : IPackRenderer
{
    /// <summary>Largest uncompressed template we open (a zip bomb posing as a template is refused before parsing).</summary>
    public const long MaxTemplateBytes = 64L * 1024 * 1024;

    private const double MaxCompressionRatio = 200;
    private const int WidthSampleRows = 200;

    /// <inheritdoc />
    public string Format => "xlsx";

    /// <inheritdoc />
    public string TemplateFileName(string packName) => packName + ".xlsx";

    /// <inheritdoc />
    public bool IsTemplate(string fileName) => fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public RenderResult Render(WeeklyPack pack, RenderRequest request, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var engine = new TemplateEngine(request.Culture);
        var name = Path.GetFileName(request.TemplatePath);
        if (Guard(request.TemplatePath) is { } rejected)
        {
            return new RenderResult(null, [rejected], clock.Elapsed);
        }

        var stage = Path.Combine(Path.GetTempPath(), $"ra-xlsx-{Guid.NewGuid():N}.xlsx");
        try
        {
            List<RowExpansion> expansions;
            if (Open(request.TemplatePath, out var opened) is { } unreadable)
            {
                return new RenderResult(null, [unreadable], clock.Elapsed);
            }

            using (var workbook = opened!)
            {
                var scanned = new WorkbookTemplateScanner(engine, name).Scan(workbook);
                if (scanned.Errors.Count > 0)
                {
                    logger.LogError("Template {Template} has {Count} problem(s); {Format} not written", name, scanned.Errors.Count, Format);
                    return new RenderResult(null, scanned.Errors, clock.Elapsed);
                }

                var scope = engine.CreateScope(pack);
                ScalarFiller.Fill(scope, scanned.Cells);
                FitColumns(workbook, engine, scope, scanned.Loops);
                WorkbookSettings.Apply(workbook, pack);
                expansions = scanned.Loops
                    .Select(loop => LoopExpansions.For(engine, scope, loop, RowHeights.For(workbook.Worksheet(loop.Sheet), loop)))
                    .ToList();
                workbook.SaveAs(stage);
            }

            cancellationToken.ThrowIfCancellationRequested();
            var options = new RowExpanderOptions { EntryTimestamp = ZipStamp.TimeFor(pack.GeneratedAt) };
            AtomicFile.WriteVia(request.OutputPath, temp => new RowExpander(options).Expand(stage, temp, expansions, cancellationToken));
            logger.LogInformation("Wrote {Output} from {Template} with {Loops} expanded row loop(s)", request.OutputPath, name, expansions.Count);
            return new RenderResult(request.OutputPath, [], clock.Elapsed);
        }
        catch (TemplateRenderException ex)
        {
            // A template that parsed and checked can still fail while filling (step limit, division by zero): nothing is written.
            logger.LogError("Template {Template} failed while filling at {Location}: {Message}", name, ex.Error.Location, ex.Error.Message);
            return new RenderResult(null, [ex.Error], clock.Elapsed);
        }
        finally
        {
            File.Delete(stage);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<TemplateError> Check(string templatePath)
    {
        if (Guard(templatePath) is { } rejected)
        {
            return [rejected];
        }

        if (Open(templatePath, out var opened) is { } unreadable)
        {
            return [unreadable];
        }

        using var workbook = opened!;
        return new WorkbookTemplateScanner(new TemplateEngine(), Path.GetFileName(templatePath)).Scan(workbook).Errors;
    }

    // Every XML part is loaded once with the SDK's per-part character limit set (0, its default, means unlimited), so a part
    // that would take gigabytes to parse is refused here rather than inside ClosedXML, which offers no such limit.
    private static string? CheckParts(string templatePath)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(templatePath, false, new OpenSettings { MaxCharactersInPart = MaxTemplateBytes });
            if (document.WorkbookPart?.Workbook is null)
            {
                return "has no workbook part: it is not an Excel workbook";
            }

            foreach (var part in document.GetAllParts().OfType<OpenXmlPart>())
            {
                _ = part.RootElement;
            }

            return null;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or IOException)
        {
            return "cannot be opened as an Excel workbook: " + ex.Message;
        }
    }

    // A template that passed the zip guard can still be no workbook at all (a renamed file, a damaged part).
    private static TemplateError? Open(string templatePath, out XLWorkbook? workbook)
    {
        try
        {
            workbook = new XLWorkbook(templatePath);
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            workbook = null;
            return new TemplateError(new TemplateLocation(Path.GetFileName(templatePath), string.Empty), "cannot be opened as an Excel workbook: " + ex.Message, null);
        }
    }

    private static TemplateError? Guard(string templatePath)
    {
        string? rejected;
        try
        {
            rejected = ZipGuard.Check(templatePath, MaxTemplateBytes, MaxCompressionRatio);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            rejected = ex.Message;
        }

        rejected ??= CheckParts(templatePath);
        return rejected is null ? null : new TemplateError(new TemplateLocation(Path.GetFileName(templatePath), string.Empty), rejected, null);
    }

    private static void FitColumns(XLWorkbook workbook, TemplateEngine engine, TemplateScope scope, IReadOnlyList<LoopRow> loops)
    {
        foreach (var sheet in workbook.Worksheets)
        {
            var sheetLoops = loops.Where(l => l.Sheet == sheet.Name).ToList();
            var sample = sheetLoops.SelectMany(loop => LoopExpansions.Items(engine, scope, loop)
                .Take(WidthSampleRows)
                .SelectMany(itemScope => LoopExpansions.Row(itemScope, loop)));
            ColumnWidths.Fit(sheet, sheetLoops.Select(l => l.Row).ToHashSet(), sample);
        }
    }
}
