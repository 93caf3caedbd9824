using System.Globalization;
using Microsoft.Extensions.Logging;
using ReportAutomation.Core.IO;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Packs;
using ReportAutomation.Core.Pipeline;
using ReportAutomation.Core.Templates;
using ReportAutomation.Core.Weeks;
using ReportAutomation.Ingestion;

namespace ReportAutomation.Pipeline;

/// <summary>
/// The one build pipeline every host shares (the CLI's <c>build</c>/<c>validate</c>, the worker's runs): read the inputs,
/// cut the week's pack, render each document the templates folder has a template for into
/// <c>&lt;out&gt;/&lt;pack&gt;/&lt;week&gt;/</c>, then write the manifest. Documents are renamed into place whole; a
/// cancel removes what this run already wrote.
/// </summary>
/// <param name="loggers">Loggers for the pipeline and the input readers.</param>
/// <param name="clock">The run's clock: it decides the last complete week and the pack's generation time.</param>
/// <param name="renderers">The document renderers, in build order.</param>
/// <param name="observer">How the host shows stages and notices.</param>
public sealed class PackBuildPipeline(ILoggerFactory loggers, TimeProvider clock, IReadOnlyList<IPackRenderer> renderers, IBuildObserver observer)
{
    private readonly ILogger _logger = loggers.CreateLogger<PackBuildPipeline>();

    /// <summary>Reads the inputs and cuts the chosen week's pack (what <c>validate</c> needs).</summary>
    public WeeklyPack Load(PackLoadRequest request, CancellationToken cancellationToken = default)
    {
        WarnIfWeekNotOver(request);
        var zone = request.Options.ResolveTimeZone();
        var loader = new PackInputLoader(loggers);
        var inputs = Stage("read inputs", "Reading inputs", progress =>
            loader.Load(request.Inputs, new PackInputOptions(request.Culture, zone), progress, cancellationToken), cancellationToken);
        var lastComplete = IsoWeek.LastComplete(clock.GetUtcNow(), zone);
        var week = request.Week.Kind switch
        {
            WeekChoiceKind.Explicit => request.Week.Week!.Value,
            WeekChoiceKind.Latest => LatestWeekWithData(inputs, lastComplete) ?? lastComplete,
            _ => lastComplete,
        };
        if (request.Week.Kind == WeekChoiceKind.Latest)
        {
            _logger.LogInformation("Week {Week} chosen: the latest complete week with data (last complete week {LastCompleteWeek})", week.Label, lastComplete.Label);
        }

        var pack = Stage("build pack", "Building the pack", _ => new WeeklyPackBuilder(clock).Build(inputs, request.Options, week), cancellationToken);
        foreach (var file in pack.Issues.GroupBy(i => i.File, StringComparer.Ordinal))
        {
            _logger.LogWarning("{IssueCount} data issue(s) in {File}", file.Count(), file.Key);
        }

        if (pack.Articles.Count == 0 && pack.Investments.Count == 0 && pack.Sentiment.Count == 0)
        {
            if (LatestWeekWithData(inputs, null) is { } latest)
            {
                _logger.LogWarning("Week {Week} has no articles or figures; the latest week with data is {LatestWeek} (pass --week {LatestWeek})", pack.Week.Label, latest.Label, latest.Label);
            }
            else
            {
                _logger.LogWarning("Week {Week} has no articles or figures, and neither has any other week: the inputs are empty", pack.Week.Label);
            }
        }

        return pack;
    }

    /// <summary>Builds the pack and writes its documents and manifest; setup problems are <see cref="PackSetupException"/>s.</summary>
    public PackBuildResult Build(PackBuildRequest request, CancellationToken cancellationToken = default)
    {
        var started = clock.GetTimestamp();
        var templates = request.TemplatesFolder;
        if (!Directory.Exists(templates))
        {
            throw new PackSetupException($"--templates '{templates}' does not exist (pass --templates DIR, a folder of templates).");
        }

        var packFolder = OutputFolder.Check(request.OutputRoot, request.Load.Options.Name);
        TemplateEngine.Prepare(); // on the other core while the inputs load
        var pack = Load(request.Load, cancellationToken);
        if (request.Strict && pack.Issues.Any(i => i.IsError))
        {
            return new PackBuildResult(pack, Path.Combine(packFolder, pack.Week.Label), null, []);
        }

        var documents = renderers
            .Select(renderer => (Renderer: renderer, Template: Path.Combine(templates, renderer.TemplateFileName(pack.Name))))
            .Where(d => File.Exists(d.Template))
            .ToList();
        if (documents.Count == 0)
        {
            var expected = string.Join(", ", renderers.Select(r => r.TemplateFileName(pack.Name)));
            throw new PackSetupException($"no template for pack '{pack.Name}' in '{templates}' (expected one of {expected}); nothing was written.");
        }

        // The templates are inputs too: their hashes go in the manifest and in every document's provenance.
        pack = pack with { Sources = [.. pack.Sources, .. documents.Select(d => FileHash.Describe(d.Template, templates, "template"))] };
        var folder = OutputFolder.Create(Path.Combine(packFolder, pack.Week.Label), request.OutputRoot);
        var outcomes = new List<DocumentOutcome>();
        try
        {
            foreach (var (renderer, template) in documents)
            {
                var target = Path.Combine(folder, $"{pack.Name}-{pack.Week.Label}.{renderer.Format}");
                var render = new RenderRequest(template, target, request.Load.Culture);
                var status = string.Create(CultureInfo.InvariantCulture, $"Rendering {renderer.Format} ({pack.Investments.Count:N0} investment rows)");
                var outcome = Stage("render " + renderer.Format, status, _ => Render(renderer, pack, render, cancellationToken), cancellationToken);
                if (!outcome.Written)
                {
                    // Never leave last run's document beside this run's manifest: a folder holds one consistent pack.
                    File.Delete(target);
                }

                outcomes.Add(outcome);
            }

            cancellationToken.ThrowIfCancellationRequested();
        }
        catch (OperationCanceledException)
        {
            var targets = documents.Select(d => Path.Combine(folder, $"{pack.Name}-{pack.Week.Label}.{d.Renderer.Format}")).ToList();
            RemoveUnfinishedPack(folder, outcomes.Count(o => o.Written), targets);
            throw;
        }

        var manifest = ManifestWriter.Write(pack, folder);
        _logger.LogInformation("Built {Pack} {Week} in {ElapsedMs} ms", pack.Name, pack.Week.Label, (long)clock.GetElapsedTime(started).TotalMilliseconds);
        return new PackBuildResult(pack, folder, manifest, outcomes);
    }

    private T Stage<T>(string stage, string status, Func<IProgress<string>?, T> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _logger.LogInformation("Stage {Stage} started", stage);
        var started = clock.GetTimestamp();
        var result = observer.Show(status, work);
        // No check after the work: what it finished (a document renamed into place) is the caller's to keep or remove.
        _logger.LogInformation("Stage {Stage} finished in {ElapsedMs} ms", stage, (long)clock.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    private DocumentOutcome Render(IPackRenderer renderer, WeeklyPack pack, RenderRequest request, CancellationToken cancellationToken)
    {
        RenderResult result;
        try
        {
            result = renderer.Render(pack, request, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One failing document never stops the others: log it with its context and carry on.
            _logger.LogError(PipelineEvents.ShownToUser, ex, "Rendering {Pack} {Format} from {Template} failed", pack.Name, renderer.Format, request.TemplatePath);
            var line = $"{renderer.Format} document not written: {ex.Message} (details in the log file)";
            observer.Notice("error: " + line);
            return new DocumentOutcome(renderer.Format, request.OutputPath, false, [line], TimeSpan.Zero);
        }

        var errors = result.Errors.Select(e => e.ToString()).ToList();
        foreach (var error in errors)
        {
            _logger.LogError(PipelineEvents.ShownToUser, "Template error in {Template}: {Error}", request.TemplatePath, error);
            observer.Notice("error: " + error);
        }

        if (result.Succeeded)
        {
            _logger.LogInformation("Rendered {Pack} {Format} in {ElapsedMs} ms", pack.Name, renderer.Format, (long)result.Elapsed.TotalMilliseconds);
        }

        return new DocumentOutcome(renderer.Format, request.OutputPath, result.Succeeded, errors, result.Elapsed);
    }

    /// <summary>
    /// After a cancel once a document was renamed into place, removes every document of the pack (this run's and the
    /// earlier run's it had not reached yet) and the manifest, so the folder never mixes two runs.
    /// </summary>
    private void RemoveUnfinishedPack(string folder, int written, List<string> targets)
    {
        if (written == 0)
        {
            return;
        }

        foreach (var path in targets.Append(Path.Combine(folder, ManifestWriter.FileName)))
        {
            File.Delete(path);
        }

        _logger.LogInformation("Cancelled: removed {Count} document(s) written by this run, the earlier run's other documents and the manifest from {Folder}", written, folder);
    }

    // An explicit week that has not ended yet gives an empty or partial pack: say so, whatever the log level.
    private void WarnIfWeekNotOver(PackLoadRequest request)
    {
        if (request.Week.Week is not { } week)
        {
            return;
        }

        var lastComplete = IsoWeek.LastComplete(clock.GetUtcNow(), request.Options.ResolveTimeZone());
        if (week <= lastComplete)
        {
            return;
        }

        var ends = week.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        observer.Notice(week == lastComplete.Next
            ? $"warning: {week.Label} has not ended yet (it ends on Sunday {ends}, {request.Options.TimeZone}); the pack holds only what the inputs have so far."
            : $"warning: {week.Label} is in the future (the last complete week is {lastComplete.Label}); the pack will be empty or incomplete.");
        _logger.LogDebug("Week {Week} is after the last complete week {LastCompleteWeek}", week.Label, lastComplete.Label);
    }

    /// <summary>The latest week holding an investment, a score or a dated article, no later than <paramref name="notAfter"/>.</summary>
    private static IsoWeek? LatestWeekWithData(PackInputs inputs, IsoWeek? notAfter)
    {
        IsoWeek? latest = null;
        var dates = inputs.Investments.Select(i => i.Date)
            .Concat(inputs.Sentiment.Select(s => s.Date))
            .Concat(inputs.Articles.Where(a => a.Published is not null).Select(a => a.Published!.Value));
        foreach (var date in dates)
        {
            var week = IsoWeek.Containing(date);
            if ((notAfter is null || week <= notAfter.Value) && (latest is null || week > latest.Value))
            {
                latest = week;
            }
        }

        return latest;
    }
}
