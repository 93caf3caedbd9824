using System.CommandLine;
using ReportAutomation.Cli.Terminal;
using ReportAutomation.Core.Model;
using ReportAutomation.Pipeline;
using Spectre.Console;

namespace ReportAutomation.Cli.Commands;

/// <summary><c>build</c>: reads the week's inputs and writes the pack (manifest and documents) to <c>&lt;out&gt;/&lt;pack&gt;/&lt;week&gt;/</c>.</summary>
internal static class BuildCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CommandContext context)
    {
        var inputs = new InputOptions(context.Clock);
        var templates = new Option<string>("--templates") { Description = "Folder of templates (<pack>.xlsx, ...).", DefaultValueFactory = _ => InstalledFiles.Templates };
        var output = new Option<string>("--out") { Description = "Output root; the pack goes to <out>/<pack>/<week>/.", DefaultValueFactory = _ => "out" };
        var strict = new Option<bool>("--strict") { Description = "Write nothing if any input has an error-level data issue (a row or article left out)." };
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
        var pipeline = new PackBuildPipeline(context.Loggers, selection.Clock, PackRenderers.All(context.Loggers), new ConsoleBuildObserver(context));
        var result = pipeline.Build(new PackBuildRequest(selection.ToLoadRequest(), templates, outRoot, strict), ct);
        var pack = result.Pack;
        if (result.RejectedByStrict)
        {
            IssueReport.PrintList(context.Console, pack.Issues);
            context.Error.WriteLine($"error: --strict and {pack.Issues.Count(i => i.IsError)} data error(s): nothing was written.");
            return ExitCodes.DataIssues;
        }

        PrintSummary(context.Console, pack, result.WrittenFiles);
        IssueReport.PrintList(context.Console, pack.Issues);
        return result.AnyDocumentFailed ? ExitCodes.Failure : result.HasDataErrors ? ExitCodes.DataIssues : ExitCodes.Ok;
    }

    private static void PrintSummary(IAnsiConsole console, WeeklyPack pack, IReadOnlyList<string> written)
    {
        var table = new Table().Title($"{Markup.Escape(pack.Name)} {pack.Week.Label} ({pack.Week.Start:yyyy-MM-dd} to {pack.Week.End:yyyy-MM-dd})")
            .AddColumns("What", "Count");
        table.AddRow("Articles", pack.Articles.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Investment rows", pack.Investments.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Sentiment rows", pack.Sentiment.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Data errors", pack.Issues.Count(i => i.IsError).ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Data warnings", pack.Issues.Count(i => !i.IsError).ToString(System.Globalization.CultureInfo.InvariantCulture));
        console.Write(table);
        foreach (var path in written)
        {
            console.MarkupLine("Wrote [bold]" + Markup.Escape(InertText.Of(Path.GetFullPath(path))) + "[/]");
        }
    }
}
