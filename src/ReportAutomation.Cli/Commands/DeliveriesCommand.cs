using System.CommandLine;
using System.Globalization;
using ReportAutomation.Cli.Terminal;
using ReportAutomation.Delivery.Ledger;
using ReportAutomation.Delivery.Options;
using Spectre.Console;

namespace ReportAutomation.Cli.Commands;

/// <summary><c>deliveries</c>: shows the ledger: each pack/week run and each recipient's state, attempts, times and Message-Id.</summary>
internal static class DeliveriesCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CommandContext context)
    {
        var config = new DeliveryConfigOption();
        var pack = new Option<string?>("--pack") { Description = "Only this configured pack." };
        var week = new Option<string?>("--week") { Description = "Only this ISO week, e.g. 2026-W47." };
        var command = new Command("deliveries", "Show the run ledger: each run and each recipient's state (pending, sent, failed, dead-lettered, unknown).");
        foreach (var option in new Option[] { config.Option, pack, week })
        {
            command.Options.Add(option);
        }

        command.SetAction((result, _) => Task.FromResult(CommandErrors.Guard(context, () =>
            Show(context, config.Load(result), result.GetValue(pack), result.GetValue(week)))));
        return command;
    }

    private static int Show(CommandContext context, LoadedDeliveryOptions config, string? pack, string? week)
    {
        var shown = 0;
        foreach (var selected in DeliveryConfigOption.Select(config, pack))
        {
            var path = Path.Combine(selected.Output, SqliteDeliveryLedger.FileName);
            if (!File.Exists(path))
            {
                continue;
            }

            using var ledger = new SqliteDeliveryLedger(path);
            foreach (var run in ledger.Runs(selected.Name, week))
            {
                shown++;
                PrintRun(context, ledger, run, path);
            }
        }

        if (shown == 0)
        {
            context.Console.WriteLine("No deliveries recorded yet" + (week is null ? "." : $" for {week}."));
        }

        return ExitCodes.Ok;
    }

    private static void PrintRun(CommandContext context, IDeliveryLedger ledger, RunRecord run, string path)
    {
        var title = $"{run.Pack} {run.Week}: {Word(run.State)}, generation {run.Generation}, updated {Time(run.UpdatedAt)} ({Path.GetFullPath(path)})";
        var table = new Table().Title(Markup.Escape(InertText.Of(title)))
            .AddColumns("Gen", "Recipient", "Kind", "State", "Attempts", "Updated", "Sent", "Message-Id", "Error");
        foreach (var row in ledger.Deliveries(run.Pack, run.Week))
        {
            table.AddRow(
                row.Key.Generation.ToString(CultureInfo.InvariantCulture), Markup.Escape(InertText.Of(row.Key.Address)), row.Kind,
                Markup.Escape(row.State.Word()), row.Attempts.ToString(CultureInfo.InvariantCulture), Time(row.UpdatedAt),
                row.SentAt is { } sent ? Time(sent) : string.Empty, Markup.Escape(InertText.Of(row.MessageId)), Markup.Escape(InertText.Of(row.Error ?? string.Empty)));
        }

        context.Console.Write(table);
        if (run.Error is not null)
        {
            context.Console.WriteLine("Build error: " + InertText.Of(run.Error));
        }
    }

    private static string Word(RunState state) => state == RunState.BuildFailed ? "build-failed" : state.ToString().ToLowerInvariant();

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
