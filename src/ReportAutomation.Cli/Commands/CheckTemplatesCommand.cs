using System.CommandLine;
using ReportAutomation.Cli.Terminal;
using Spectre.Console;

using ReportAutomation.Pipeline;

namespace ReportAutomation.Cli.Commands;

/// <summary><c>check-templates</c>: lints every template in the folder without building anything.</summary>
internal static class CheckTemplatesCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CommandContext context)
    {
        var templates = new Option<string>("--templates") { Description = "Folder of templates to check.", DefaultValueFactory = _ => InstalledFiles.Templates };
        var command = new Command("check-templates", "Check every template for unknown fields, bad filters and syntax errors; exit 1 if any.");
        command.Options.Add(templates);
        command.SetAction(result => CommandErrors.Guard(context, () => Run(context, result.GetValue(templates)!)));
        return command;
    }

    private static int Run(CommandContext context, string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"--templates '{folder}' does not exist (run from the repository root, or pass --templates DIR).");
        }

        var errors = 0;
        var checkedCount = 0;
        foreach (var renderer in PackRenderers.All(context.Loggers))
        {
            foreach (var template in Directory.EnumerateFiles(folder).Where(f => IsTemplateFile(f) && renderer.IsTemplate(Path.GetFileName(f))).Order(StringComparer.Ordinal))
            {
                checkedCount++;
                var problems = renderer.Check(template);
                errors += problems.Count;
                foreach (var problem in problems)
                {
                    context.Error.WriteLine("error: " + InertText.Of(problem.ToString()));
                }

                context.Console.MarkupLine(problems.Count == 0
                    ? $"[green]ok[/]   {Markup.Escape(template)}"
                    : $"[red]{problems.Count} problem(s)[/] {Markup.Escape(template)}");
            }
        }

        if (checkedCount == 0)
        {
            throw new UsageException($"no templates found in '{folder}'.");
        }

        return errors == 0 ? ExitCodes.Ok : ExitCodes.Failure;
    }

    // Office's lock files (~$name.xlsx) and hidden files sit beside templates while they are open; they are not templates.
    private static bool IsTemplateFile(string path) => Path.GetFileName(path) is var name && !name.StartsWith("~$", StringComparison.Ordinal) && !name.StartsWith('.');
}
