using System.Globalization;
using Microsoft.Extensions.Logging;
using MimeKit;
using ReportAutomation.Core.Errors;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Packs;
using ReportAutomation.Core.Templates;
using ReportAutomation.Core.Weeks;
using ReportAutomation.Delivery.Ledger;
using ReportAutomation.Delivery.Mail;
using ReportAutomation.Delivery.Options;
using ReportAutomation.Ingestion;
using ReportAutomation.Pipeline;

namespace ReportAutomation.Delivery.Runs;

/// <summary>
/// Builds a pack/week through <see cref="PackBuildPipeline"/> and mails it to each recipient exactly once, recording every
/// step in the ledger beside the outputs: the run before the build, each recipient's claim before connecting, "sending"
/// before the message transaction and the outcome after it. A rerun picks up where a crash stopped.
/// </summary>
public sealed class PackDeliveryService
{
    private readonly LoadedDeliveryOptions _config;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger<PackDeliveryService> _logger;
    private readonly TimeProvider _clock;
    private readonly IBuildObserver _observer;
    private readonly Func<PackDeliveryOptions, IMailTransport> _transportFor;
    private readonly PackMessage _composer = new(new TemplateEngine());

    /// <summary>Creates the service; <paramref name="transportFor"/> picks each pack's transport (default: SMTP when configured, else the outbox).</summary>
    public PackDeliveryService(
        LoadedDeliveryOptions config, ILoggerFactory loggers, TimeProvider clock, IBuildObserver observer, Func<PackDeliveryOptions, IMailTransport>? transportFor = null)
    {
        _config = config;
        _loggers = loggers;
        _logger = loggers.CreateLogger<PackDeliveryService>();
        _clock = clock;
        _observer = observer;
        _transportFor = transportFor ?? DefaultTransport;
    }

    /// <summary>The transport a pack's messages go through.</summary>
    public IMailTransport DefaultTransport(PackDeliveryOptions pack) => _config.Options.Smtp.Enabled
        ? new SmtpTransport(_config.Options.Smtp, _loggers.CreateLogger<SmtpTransport>(), TimeProvider.System)
        : new OutboxTransport(OutboxFolder(pack));

    /// <summary>The outbox folder of <paramref name="pack"/>.</summary>
    public string OutboxFolder(PackDeliveryOptions pack) => Path.GetFullPath(_config.Options.Outbox ?? Path.Combine(pack.Output, "outbox"));

    /// <summary>Builds and delivers one pack's week; expected failures (a broken build, a refused recipient) are in the report.</summary>
    public async Task<PackDeliveryReport> SendAsync(PackDeliveryOptions pack, SendRequest request, CancellationToken cancellationToken)
    {
        var week = ChooseWeek(pack, request.Week, cancellationToken);
        var recipients = RecipientList.Of(pack.Recipients);
        var ledgerPath = Path.Combine(pack.Output, SqliteDeliveryLedger.FileName);
        if (request.DryRun)
        {
            return DryRun(pack, week, recipients, ledgerPath);
        }

        using var ledger = new SqliteDeliveryLedger(ledgerPath);
        var now = _clock.GetUtcNow();
        var run = ledger.OpenRun(pack.Name, week.Label, now, now);
        var owner = LeaseOwner.NewForThisProcess();
        var lease = TimeSpan.FromSeconds(_config.Options.LeaseSeconds);
        if (!TryClaimRun(ledger, pack, week, owner, now, lease, out var holder))
        {
            return Report(ledger, pack, week, run.Generation, 0, null) with { HeldBy = holder };
        }

        try
        {
            return await SendClaimedAsync(ledger, pack, week, recipients, run, owner, lease, request, cancellationToken);
        }
        finally
        {
            ledger.ReleaseRun(pack.Name, week.Label, owner);
        }
    }

    // The run is this call's alone (its claim is renewed before each recipient): build once, then deliver.
    private async Task<PackDeliveryReport> SendClaimedAsync(
        IDeliveryLedger ledger, PackDeliveryOptions pack, IsoWeek week, IReadOnlyList<Recipient> recipients, RunRecord run, string owner,
        TimeSpan lease, SendRequest request, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        if (request.Resend)
        {
            run = ledger.StartResend(pack.Name, week.Label, now);
            _logger.LogWarning("Resend of {Pack} {Week} forced: generation {Generation}", pack.Name, week.Label, run.Generation);
        }

        var keys = recipients.Select(r => (Recipient: r, Key: new DeliveryKey(pack.Name, week.Label, run.Generation, r.LedgerAddress))).ToList();
        foreach (var (recipient, key) in keys)
        {
            ledger.Ensure(key, recipient.Kind, key.MessageId(_config.Options.MessageIdDomain), now);
        }

        if (keys.All(k => ledger.Find(k.Key)!.State.IsFinal()))
        {
            _observer.Notice($"{pack.Name} {week.Label}: every recipient is already done (sent, dead-lettered or unknown); nothing to send (--resend sends again).");
            return Report(ledger, pack, week, run.Generation, 0, null);
        }

        var built = Build(pack, week, run, cancellationToken);
        if (built.Error is not null)
        {
            ledger.UpdateRun(pack.Name, week.Label, RunState.BuildFailed, null, built.Error, _clock.GetUtcNow());
            await AlertAsync(pack, week, run.Generation, built.Error, cancellationToken);
            return Report(ledger, pack, week, run.Generation, 0, built.Error);
        }

        ledger.UpdateRun(pack.Name, week.Label, RunState.Built, built.Folder, null, _clock.GetUtcNow());
        var transport = _transportFor(pack);
        var sent = 0;
        foreach (var (recipient, key) in keys)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!ledger.TryClaimRun(pack.Name, week.Label, owner, _clock.GetUtcNow(), lease))
            {
                // Our claim lapsed and another worker took the run over: it serves the rest (each recipient is claimed too).
                _observer.Notice($"warning: {pack.Name} {week.Label}: another worker took the run over; leaving the remaining recipients to it.");
                break;
            }

            var envelope = Envelope(pack, built.Pack!, built.Attachments, recipient, key);
            if (await DeliverAsync(ledger, transport, envelope, owner, cancellationToken))
            {
                sent++;
            }
        }

        var report = Report(ledger, pack, week, run.Generation, sent, null);
        ledger.UpdateRun(pack.Name, week.Label, report.AllDelivered ? RunState.Delivered : RunState.Incomplete, null, null, _clock.GetUtcNow());
        return report with { State = report.AllDelivered ? RunState.Delivered : RunState.Incomplete };
    }

    private bool TryClaimRun(IDeliveryLedger ledger, PackDeliveryOptions pack, IsoWeek week, string owner, DateTimeOffset now, TimeSpan lease, out string? holder)
    {
        holder = null;
        if (ledger.TryClaimRun(pack.Name, week.Label, owner, now, lease))
        {
            return true;
        }

        var run = ledger.FindRun(pack.Name, week.Label)!;
        if (LeaseOwner.IsGone(run.LeaseOwner))
        {
            _logger.LogWarning("Run {Pack} {Week} was held by {Owner}, which is gone: taking it over", pack.Name, week.Label, run.LeaseOwner);
            ledger.ReleaseRun(pack.Name, week.Label, run.LeaseOwner!);
            if (ledger.TryClaimRun(pack.Name, week.Label, owner, now, lease))
            {
                return true;
            }

            run = ledger.FindRun(pack.Name, week.Label)!;
        }

        holder = run.LeaseOwner;
        _logger.LogInformation("Run {Pack} {Week} is held by {Owner} until {LeaseUntil}: left to it", pack.Name, week.Label, run.LeaseOwner, run.LeaseUntil);
        _observer.Notice($"{pack.Name} {week.Label}: another worker ({run.LeaseOwner}) is building and sending this run until {run.LeaseUntil:u}; left to it.");
        return false;
    }

    private async Task<bool> DeliverAsync(IDeliveryLedger ledger, IMailTransport transport, MailEnvelope envelope, string owner, CancellationToken cancellationToken)
    {
        var key = envelope.Key;
        var lease = TimeSpan.FromSeconds(_config.Options.LeaseSeconds);
        var row = ledger.Find(key)!;
        if (row.State.IsFinal())
        {
            return false;
        }

        if (row.State is DeliveryState.Claimed or DeliveryState.Sending && LeaseOwner.IsGone(row.LeaseOwner))
        {
            _logger.LogWarning("{Address} of {Pack} {Week} was {State} by {Owner}, which is gone: judging it now", key.Address, key.Pack, key.Week, row.State.Word(), row.LeaseOwner);
            ledger.ExpireLease(key, row.LeaseOwner!);
        }

        var now = _clock.GetUtcNow();
        if (!ledger.TryClaim(key, owner, now, lease) && !ResumeInterrupted(ledger, transport, envelope, owner, now, lease))
        {
            return false;
        }

        var result = await transport.SendAsync(envelope, () => ledger.MarkSending(key, owner, _clock.GetUtcNow()), cancellationToken);
        ledger.MarkOutcome(key, result.State, result.Error, _clock.GetUtcNow());
        var line = $"{key.Pack} {key.Week}: {key.Address} {result.State.Word()}" + (result.Error is null ? string.Empty : $" ({result.Error})");
        _observer.Notice(result.State == DeliveryState.Sent ? line : "warning: " + line);
        if (result.State == DeliveryState.Sent)
        {
            _logger.LogInformation("Sent {Pack} {Week} to {Address} as {MessageId} via {Transport}", key.Pack, key.Week, key.Address, envelope.Message.MessageId, transport.Description);
        }
        else
        {
            _logger.LogError(DeliveryEvents.RecipientNotServed, "{Pack} {Week} to {Address}: {State}: {Error}", key.Pack, key.Week, key.Address, result.State.Word(), result.Error);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return result.State == DeliveryState.Sent;
    }

    /// <summary>A send interrupted mid-transaction (its lease lapsed): resumed when the transport can tell it never arrived, else unknown.</summary>
    private bool ResumeInterrupted(IDeliveryLedger ledger, IMailTransport transport, MailEnvelope envelope, string owner, DateTimeOffset now, TimeSpan lease)
    {
        var row = ledger.Find(envelope.Key)!;
        if (row.State != DeliveryState.Sending || row.LeaseUntil >= now)
        {
            _observer.Notice($"warning: {envelope.Key.Pack} {envelope.Key.Week}: {envelope.Key.Address} is {row.State.Word()} by {row.LeaseOwner} until {row.LeaseUntil:u}; left to it.");
            return false;
        }

        switch (transport.WasDelivered(envelope))
        {
            case true:
                ledger.MarkOutcome(envelope.Key, DeliveryState.Sent, null, now);
                return false;
            case false:
                return ledger.TryReclaimSending(envelope.Key, owner, now, lease);
            default:
                const string why = "interrupted during the SMTP transaction (the relay may have it); check with the recipient, then --resend if needed";
                ledger.MarkOutcome(envelope.Key, DeliveryState.Unknown, why, now);
                _observer.Notice($"warning: {envelope.Key.Pack} {envelope.Key.Week}: {envelope.Key.Address} unknown ({why})");
                return false;
        }
    }

    private BuiltPack Build(PackDeliveryOptions pack, IsoWeek week, RunRecord run, CancellationToken cancellationToken)
    {
        // Every build of a run uses the run's clock, so a resumed run mails byte-identical documents to the rest.
        var clock = new PinnedClock(run.GeneratedAt, _clock);
        var pipeline = new PackBuildPipeline(_loggers, clock, PackRenderers.All(_loggers), _observer);
        PackBuildResult result;
        try
        {
            result = pipeline.Build(new PackBuildRequest(LoadRequest(pack, WeekChoice.Of(week)), _config.Input(pack.Templates), pack.Output), cancellationToken);
        }
        catch (Exception ex) when (ex is PackSetupException or InputRejectedException or IOException or UnauthorizedAccessException)
        {
            return BuiltPack.Failed($"the build of {pack.Name} {week.Label} failed: {ex.Message}");
        }

        if (result.AnyDocumentFailed)
        {
            var failed = result.Documents.Where(d => !d.Written).Select(d => $"{d.Format}: {string.Join("; ", d.Errors)}");
            return BuiltPack.Failed($"the build of {pack.Name} {week.Label} failed: {string.Join("; ", failed)}");
        }

        var attachments = new List<string>();
        var wanted = pack.Attach.Count > 0 ? pack.Attach : result.Documents.Select(d => d.Format).ToList();
        foreach (var format in wanted)
        {
            var path = format == "json" ? result.Manifest : result.Documents.FirstOrDefault(d => d.Format == format)?.Path;
            if (path is null)
            {
                _logger.LogWarning("{Pack} has no {Format} document to attach (no template or renderer for it)", pack.Name, format);
                continue;
            }

            if (AttachmentCheck.Problem(path) is { } problem)
            {
                return BuiltPack.Failed($"{pack.Name} {week.Label} not sent: {problem}");
            }

            attachments.Add(path);
        }

        return attachments.Count == 0
            ? BuiltPack.Failed($"{pack.Name} {week.Label} not sent: none of the documents to attach ({string.Join(", ", wanted)}) was built")
            : new BuiltPack(result.Pack, result.Folder, attachments, null);
    }

    private MailEnvelope Envelope(PackDeliveryOptions pack, WeeklyPack built, IReadOnlyList<string> attachments, Recipient recipient, DeliveryKey key)
    {
        var from = MailboxAddress.Parse(_config.Options.From);
        var message = _composer.Compose(pack, built, attachments, from, key.MessageId(_config.Options.MessageIdDomain), built.GeneratedAt);
        return new MailEnvelope(message, from, recipient.Mailbox, key);
    }

    private async Task AlertAsync(PackDeliveryOptions pack, IsoWeek week, int generation, string error, CancellationToken cancellationToken)
    {
        _logger.LogError(DeliveryEvents.Alert, "ALERT {Pack} {Week}: nothing was sent: {Error}", pack.Name, week.Label, error);
        _observer.Notice("error: " + error + "; nothing was sent.");
        if (string.IsNullOrWhiteSpace(_config.Options.OpsAddress))
        {
            return;
        }

        var from = MailboxAddress.Parse(_config.Options.From);
        var ops = MailboxAddress.Parse(_config.Options.OpsAddress);
        var message = new MimeMessage { Subject = $"ReportAutomation: {pack.Name} {week.Label} was not sent", Date = _clock.GetUtcNow() };
        message.From.Add(from);
        message.To.Add(ops);
        message.Body = new TextPart("plain") { Text = error + "\n\nNothing was sent to the recipients. Fix the cause and run: reportautomation send --pack " + pack.Name + " --week " + week.Label + "\n" };
        var key = new DeliveryKey(pack.Name, week.Label, generation, "alert-" + ops.Address.ToLowerInvariant());
        var result = await _transportFor(pack).SendAsync(new MailEnvelope(message, from, ops, key), () => { }, cancellationToken);
        if (result.State != DeliveryState.Sent)
        {
            _logger.LogError(DeliveryEvents.Alert, "The alert to {Ops} was not sent: {Error}", ops.Address, result.Error);
        }
    }

    private IsoWeek ChooseWeek(PackDeliveryOptions pack, WeekChoice choice, CancellationToken cancellationToken) => choice.Kind switch
    {
        WeekChoiceKind.Explicit => choice.Week!.Value,
        WeekChoiceKind.Latest => new PackBuildPipeline(_loggers, _clock, [], _observer).Load(LoadRequest(pack, choice), cancellationToken).Week,
        _ => IsoWeek.LastComplete(_clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(pack.TimeZone)),
    };

    private PackLoadRequest LoadRequest(PackDeliveryOptions pack, WeekChoice week) => new(
        new PackInputPaths(_config.Input(pack.Articles), _config.Input(pack.Figures), _config.Input(pack.Entities)),
        week,
        pack.Culture.Length == 0 ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(pack.Culture),
        new PackOptions { Name = pack.Name, TimeZone = pack.TimeZone });

    private PackDeliveryReport DryRun(PackDeliveryOptions pack, IsoWeek week, IReadOnlyList<Recipient> recipients, string ledgerPath)
    {
        using var ledger = File.Exists(ledgerPath) ? new SqliteDeliveryLedger(ledgerPath) : null;
        var generation = ledger?.FindRun(pack.Name, week.Label)?.Generation ?? 0;
        var now = _clock.GetUtcNow();
        var rows = recipients.Select(r =>
        {
            var key = new DeliveryKey(pack.Name, week.Label, generation, r.LedgerAddress);
            return ledger?.Find(key) ?? new DeliveryRecord(key, r.Kind, DeliveryState.Pending, 0, key.MessageId(_config.Options.MessageIdDomain), null, null, null, now, null);
        }).ToList();
        var state = ledger?.FindRun(pack.Name, week.Label)?.State ?? RunState.Building;
        return new PackDeliveryReport(pack.Name, week.Label, state, rows, 0, null);
    }

    private static PackDeliveryReport Report(IDeliveryLedger ledger, PackDeliveryOptions pack, IsoWeek week, int generation, int sent, string? error)
    {
        var rows = ledger.Deliveries(pack.Name, week.Label).Where(d => d.Key.Generation == generation).ToList();
        return new PackDeliveryReport(pack.Name, week.Label, ledger.FindRun(pack.Name, week.Label)!.State, rows, sent, error);
    }
}
