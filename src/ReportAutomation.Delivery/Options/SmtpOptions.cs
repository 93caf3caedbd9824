namespace ReportAutomation.Delivery.Options;

/// <summary>The SMTP relay. The password is never logged or printed (<see cref="ToString"/> leaves it out).</summary>
public sealed class SmtpOptions
{
    /// <summary>Relay host; empty means "no SMTP: write to the outbox".</summary>
    public string? Host { get; set; }

    /// <summary>Relay port.</summary>
    public int Port { get; set; } = 587;

    /// <summary>How the connection is secured.</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>User name, when the relay needs authentication.</summary>
    public string? User { get; set; }

    /// <summary>Password (set it through <c>REPORTAUTOMATION__Smtp__Password</c> rather than a file).</summary>
    public string? Password { get; set; }

    /// <summary>Timeout of one SMTP operation.</summary>
    public double TimeoutSeconds { get; set; } = 60;

    /// <summary>Retries after the first attempt for a transient failure (refused, timeout, 4xx).</summary>
    public int RetryAttempts { get; set; } = 4;

    /// <summary>Delay before the first retry; doubles with each one.</summary>
    public double RetryDelaySeconds { get; set; } = 5;

    /// <summary>True when a relay is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    /// <inheritdoc />
    public override string ToString() =>
        Enabled ? $"smtp://{Host}:{Port} ({Security}{(string.IsNullOrEmpty(User) ? string.Empty : ", user " + User)})" : "outbox";
}
