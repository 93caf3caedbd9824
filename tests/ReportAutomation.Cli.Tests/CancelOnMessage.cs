using Microsoft.Extensions.Logging;

namespace ReportAutomation.Cli.Tests;

/// <summary>A logger factory that cancels a token when a message starting with a given text is logged: a precise moment to cancel at.</summary>
internal sealed class CancelOnMessage(string prefix, CancellationTokenSource cancel) : ILoggerFactory, ILogger
{
    public ILogger CreateLogger(string categoryName) => this;

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (formatter(state, exception).StartsWith(prefix, StringComparison.Ordinal))
        {
            cancel.Cancel();
        }
    }

    public void Dispose()
    {
    }
}
