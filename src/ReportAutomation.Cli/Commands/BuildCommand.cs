using System.Globalization;
using System.CommandLine;
using Microsoft.Extensions.Logging;
using ReportAutomation.Cli.Hosting;
using ReportAutomation.Cli.Terminal;
using ReportAutomation.Core.IO;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Packs;
using ReportAutomation.Core.Pipeline;
using Spectre.Console;

namespace ReportAutomation.Cli.Commands;

/// <summary><c>build</c>: reads the week's inputs and writes the pack (manifest and documents) to <c>&lt;out&gt;/&lt;pack&gt;/&lt;week&gt;/</c>.</summary>
internal static class BuildCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CommandContext context)
    {
        var inputs = new InputOptions();
        var templates = new Option<string>("--templates") { Description = "Folder of templates (<pack>.xlsx, ...).", DefaultValueFactory = _ => "templates" };
        var output = new Option<string>("--out") { Description = "Output root; the pack goes to <out>/<pack>/<week>/.", DefaultValueFactory = _ => "out" };
        var strict = new Option<bool>("--strict") { Description = "Write nothing if any input has a data issue." };
        var command = new Command("build", "Build the week's pack: manifest.json and the documents filled from the templates.");
        inputs.AddTo(command);
        command.Options.Add(templates);
        command.Options.Add(output);
        command.Options.Add(strict);
        command.SetAction((result, ct) => Task.FromResult(CommandErrors.Guard(context, () =>
            Run(context, inputs.Read(result), result.GetValue(templates)!, result.GetValue(output)!, result.GetValue(strict), ct))));
        return command;
    }

    private static int Run(CommandContext context, InputSelection selection, string templates, string outRoot, bool strict, CancellationToken ct)
    {
        var logger = context.Loggers.CreateLogger(typeof(BuildCommand));
        var started = context.Clock.GetTimestamp();
        if (!Directory.Exists(templates))
        {
            throw new UsageException($"--templates '{templates}' does not exist (run from the repository root, or pass --templates DIR).");
        }

        var folder = OutputFolder.Check(outRoot, selection.Options.Name);
        var pack = PackLoading.Load(context, selection, ct);
        if (strict && pack.Issues.Count > 0)
        {
            IssueReport.PrintList(context.Console, pack.Issues);
            context.Error.WriteLine($"error: --strict and {pack.Issues.Count} data issue(s): nothing was written.");
            return ExitCodes.DataIssues;
        }

        var documents = Renderers.All(context.Loggers)
            .Select(renderer => (Renderer: renderer, Template: Path.Combine(templates, renderer.TemplateFileName(pack.Name))))
            .Where(d => File.Exists(d.Template))
            .ToList();
        if (documents.Count == 0)
        {
            throw new UsageException($"no template for pack '{pack.Name}' in '{templates}' (expected {pack.Name}.xlsx); nothing was written.");
        }

        // The templates are inputs too: their hashes go in the manifest and in every document's provenance.
        pack = pack with { Sources = [.. pack.Sources, .. documents.Select(d => FileHash.Describe(d.Template, templates, "template"))] };
        folder = OutputFolder.Create(Path.Combine(folder, pack.Week.Label), outRoot);
        var written = new List<string>();
        var failed = false;
        try
        {
            foreach (var (renderer, template) in documents)
            {
                var target = Path.Combine(folder, $"{pack.Name}-{pack.Week.Label}.{renderer.Format}");
                var request = new RenderRequest(template, target, selection.Culture);
                var status = string.Create(CultureInfo.InvariantCulture, $"Rendering {renderer.Format} ({pack.Investments.Count:N0} investment rows)");
                if (!Stages.Run(context, "render " + renderer.Format, status, _ => Render(context, renderer, pack, request, ct), ct))
                {
                    // Never leave last run's document beside this run's manifest: a folder holds one consistent pack.
                    File.Delete(target);
                    failed = true;
                    continue;
                }

                written.Add(target);
            }

            ct.ThrowIfCancellationRequested();
        }
        catch (OperationCanceledException)
        {
            RemoveUnfinishedPack(logger, folder, written);
            throw;
        }

        written.Insert(0, ManifestWriter.Write(pack, folder));
        PrintSummary(context.Console, pack, written);
        IssueReport.PrintList(context.Console, pack.Issues);
        logger.LogInformation("Built {Pack} {Week} in {ElapsedMs} ms", pack.Name, pack.Week.Label, (long)context.Clock.GetElapsedTime(started).TotalMilliseconds);
        return failed ? ExitCodes.Failure : pack.Issues.Count > 0 ? ExitCodes.DataIssues : ExitCodes.Ok;
    }

    /// <summary>
    /// After a cancel, removes the documents this run already renamed into place, and the manifest they would have
    /// replaced, so that the folder never pairs a new document with an old manifest.
    /// </summary>
    private static void RemoveUnfinishedPack(ILogger logger, string folder, List<string> written)
    {
        if (written.Count == 0)
        {
            return;
        }

        foreach (var path in written.Append(Path.Combine(folder, ManifestWriter.FileName)))
        {
            File.Delete(path);
        }

        logger.LogInformation("Cancelled: removed {Count} document(s) of this run and the folder's manifest from {Folder}", written.Count, folder);
    }

    private static bool Render(CommandContext context, IPackRenderer renderer, WeeklyPack pack, RenderRequest request, CancellationToken ct)
    {
        var logger = context.Loggers.CreateLogger(typeof(BuildCommand));
        RenderResult result;
        try
        {
            result = renderer.Render(pack, request, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One failing document never stops the others: log it with its context and carry on.
            logger.LogError(LogEvents.ShownToUser, ex, "Rendering {Pack} {Format} from {Template} failed", pack.Name, renderer.Format, request.TemplatePath);
            context.Error.WriteLine($"error: {renderer.Format} document not written: {InertText.Of(ex.Message)} (details in the log file)");
            return false;
        }

        foreach (var error in result.Errors)
        {
            context.Error.WriteLine("error: " + InertText.Of(error.ToString()));
        }

        if (result.Succeeded)
        {
            logger.LogInformation("Rendered {Pack} {Format} in {ElapsedMs} ms", pack.Name, renderer.Format, (long)result.Elapsed.TotalMilliseconds);
        }

        return result.Succeeded;
    }

    private static void PrintSummary(IAnsiConsole console, WeeklyPack pack, IReadOnlyList<string> written)
    {
        var table = new Table().Title($"{Markup.Escape(pack.Name)} {pack.Week.Label} ({pack.Week.Start:yyyy-MM-dd} to {pack.Week.End:yyyy-MM-dd})")
            .AddColumns("What", "Count");
        table.AddRow("Articles", pack.Articles.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Investment rows", pack.Investments.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Sentiment rows", pack.Sentiment.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Data issues", pack.Issues.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        console.Write(table);
        foreach (var path in written)
        {
            console.MarkupLine("Wrote [bold]" + Markup.Escape(InertText.Of(path)) + "[/]");
        }
    }
}
