using System.CommandLine;
using ReportAutomation.Cli.Terminal;
using ReportAutomation.Delivery.Ledger;
using ReportAutomation.Delivery.Runs;
using ReportAutomation.Pipeline;
using Spectre.Console;

namespace ReportAutomation.Cli.Commands;

/// <summary><c>send</c>: builds each configured pack's week and mails it now, once per recipient (the ledger remembers).</summary>
internal static class SendCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CommandContext context)
    {
        var config = new DeliveryConfigOption();
        var pack = new Option<string?>("--pack") { Description = "Send only this configured pack (default: every pack)." };
        var week = new Option<string?>("--week") { Description = "ISO week, e.g. 2026-W47, or 'latest' (default: the last complete week in the pack's zone)." };
        var resend = new Option<bool>("--resend") { Description = "Send again to every recipient, even those who have it (recorded as a new generation in the ledger)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show who would get what; build, write and send nothing." };
        var command = new Command("send", "Build the week's pack and email it now: one message per recipient, never twice (see 'deliveries').");
        foreach (var option in new Option[] { config.Option, pack, week, resend, dryRun })
        {
            command.Options.Add(option);
        }

        command.SetAction((result, ct) => CommandErrors.GuardAsync(context, async () =>
        {
            var loaded = config.Load(result);
            if (!WeekChoice.TryParse(result.GetValue(week), out var choice, out var weekError))
            {
                throw new UsageException("--week " + weekError);
            }

            var request = new SendRequest(choice, result.GetValue(resend), result.GetValue(dryRun));
            var service = new PackDeliveryService(loaded, context.Loggers, context.Clock, new ConsoleBuildObserver(context));
            var exit = ExitCodes.Ok;
            foreach (var selected in DeliveryConfigOption.Select(loaded, result.GetValue(pack)))
            {
                var report = await service.SendAsync(selected, request, ct);
                Print(context, report, request.DryRun, service.DefaultTransport(selected).Description);
                // A run another worker holds is that worker's to finish and report: not a failure of this call.
                exit = Math.Max(exit, report.Error is not null ? ExitCodes.Failure : report.AllDelivered || request.DryRun || report.HeldBy is not null ? ExitCodes.Ok : ExitCodes.SomeRecipientsFailed);
            }

            // A build failure outranks a recipient failure: both say "look", but 1 says nothing at all went out.
            return exit == ExitCodes.SomeRecipientsFailed || exit == ExitCodes.Ok ? exit : ExitCodes.Failure;
        }));
        return command;
    }

    private static void Print(CommandContext context, PackDeliveryReport report, bool dryRun, string transport)
    {
        var title = dryRun
            ? $"{report.Pack} {report.Week}: dry run, nothing sent (would go via {transport})"
            : $"{report.Pack} {report.Week}: {report.SentNow} sent now via {transport}";
        var table = new Table().Title(Markup.Escape(InertText.Of(title))).AddColumns("Recipient", "Kind", "State", "Attempts", "Message-Id");
        foreach (var row in report.Deliveries)
        {
            table.AddRow(
                Markup.Escape(InertText.Of(row.Key.Address)), row.Kind, Markup.Escape(row.State.Word()),
                row.Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(InertText.Of(row.MessageId)));
        }

        context.Console.Write(table);
        foreach (var row in report.Deliveries.Where(r => r.Error is not null && r.State != DeliveryState.Sent))
        {
            context.Error.WriteLine($"warning: {report.Pack} {report.Week}: {row.Key.Address} {row.State.Word()}: {row.Error}");
        }
    }
}
