using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using ReportAutomation.Delivery.Ledger;
using ReportAutomation.Delivery.Options;

namespace ReportAutomation.Delivery.Mail;

/// <summary>
/// Sends through an SMTP relay with MailKit, one connection and one envelope recipient per message. Refused connections,
/// timeouts, dropped connections before the whole message went out and 4xx replies are retried with exponential backoff
/// (Polly); a 5xx reply dead-letters the recipient; a connection lost after the whole message went out is
/// <see cref="DeliveryState.Unknown"/> (the relay may have it) and is never retried.
/// </summary>
internal sealed class SmtpTransport : IMailTransport
{
    private readonly SmtpOptions _options;
    private readonly ILogger<SmtpTransport> _logger;
    private readonly ResiliencePipeline _retry;

    /// <summary>Creates the transport; <paramref name="waits"/> times the backoff (real time: the relay lives in it).</summary>
    public SmtpTransport(SmtpOptions options, ILogger<SmtpTransport> logger, TimeProvider waits)
    {
        _options = options;
        _logger = logger;
        var builder = new ResiliencePipelineBuilder { TimeProvider = waits };
        if (options.RetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } ex && IsTransient(ex)),
                MaxRetryAttempts = options.RetryAttempts,
                Delay = TimeSpan.FromSeconds(options.RetryDelaySeconds),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    _logger.LogWarning("SMTP attempt {Attempt} failed ({Reason}); retrying in {DelayMs} ms",
                        args.AttemptNumber + 1, args.Outcome.Exception?.Message, (long)args.RetryDelay.TotalMilliseconds);
                    return ValueTask.CompletedTask;
                },
            });
        }

        _retry = builder.Build();
    }

    /// <inheritdoc />
    public string Description => _options.ToString();

    /// <inheritdoc />
    public bool? WasDelivered(MailEnvelope envelope) => null;

    /// <inheritdoc />
    public async Task<TransportResult> SendAsync(MailEnvelope envelope, Action beforeTransaction, CancellationToken cancellationToken)
    {
        try
        {
            await _retry.ExecuteAsync(async ct => await AttemptAsync(envelope, beforeTransaction, ct), cancellationToken);
            return TransportResult.Sent;
        }
        catch (OutcomeUnknownException ex)
        {
            return new TransportResult(DeliveryState.Unknown, "connection lost after the whole message was sent (the relay may have it): " + ex.InnerException?.Message);
        }
        catch (SmtpCommandException ex) when ((int)ex.StatusCode >= 500)
        {
            return new TransportResult(DeliveryState.Dead, $"refused by the relay: {(int)ex.StatusCode} {ex.Message}");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new TransportResult(DeliveryState.Failed, "cancelled before the relay accepted the message");
        }
        catch (Exception ex) when (ex is SmtpCommandException or SmtpProtocolException or IOException or SocketException or TimeoutException
            or ServiceNotConnectedException or AuthenticationException or SslHandshakeException or OperationCanceledException)
        {
            return new TransportResult(DeliveryState.Failed, Describe(ex));
        }
    }

    private async ValueTask AttemptAsync(MailEnvelope envelope, Action beforeTransaction, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(_options.TimeoutSeconds).TotalMilliseconds };
        await client.ConnectAsync(_options.Host!, _options.Port, Security(_options.Security), cancellationToken);
        if (!string.IsNullOrEmpty(_options.User))
        {
            await client.AuthenticateAsync(_options.User, _options.Password ?? string.Empty, cancellationToken);
        }

        beforeTransaction();
        var progress = new TransferTracker();
        try
        {
            await client.SendAsync(envelope.Message, envelope.From, [envelope.Recipient], cancellationToken, progress);
        }
        catch (Exception ex) when (ex is not SmtpCommandException && progress.WholeMessageSent)
        {
            // The final "." went out and the reply never came: the relay may have queued it. Never retried automatically.
            throw new OutcomeUnknownException(ex);
        }

        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or SmtpProtocolException or SocketException)
        {
            // Accepted already: a failing QUIT changes nothing.
            _logger.LogDebug(ex, "QUIT after an accepted message failed");
        }
    }

    private static bool IsTransient(Exception ex) => ex switch
    {
        OutcomeUnknownException => false,
        SmtpCommandException command => (int)command.StatusCode is >= 400 and < 500,
        SmtpProtocolException or IOException or SocketException or TimeoutException or ServiceNotConnectedException => true,
        OperationCanceledException => false,
        _ => false,
    };

    private static string Describe(Exception ex) => ex switch
    {
        SmtpCommandException command => $"{(int)command.StatusCode} {command.Message}",
        _ => ex.Message,
    };

    private static SecureSocketOptions Security(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.Auto => SecureSocketOptions.StartTlsWhenAvailable,
        _ => SecureSocketOptions.StartTls,
    };
}
