using Microsoft.Extensions.Logging;

namespace ReportAutomation.TestKit;

/// <summary>A logger factory whose loggers, of every category, keep what they are told in one list.</summary>
public sealed class ListLoggerFactory : ILoggerFactory
{
    private readonly List<LogEntry> _entries = [];

    /// <summary>Every entry so far, in the order logged.</summary>
    public IReadOnlyList<LogEntry> Entries
    {
        get
        {
            lock (_entries)
            {
                return _entries.ToList();
            }
        }
    }

    /// <summary>How many entries so far have a message starting with <paramref name="prefix"/>.</summary>
    public int Count(string prefix) => Entries.Count(e => e.Message.StartsWith(prefix, StringComparison.Ordinal));

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new Logger(this);

    /// <inheritdoc />
    public void AddProvider(ILoggerProvider provider)
    {
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private sealed class Logger(ListLoggerFactory owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            lock (owner._entries)
            {
                owner._entries.Add(new LogEntry(logLevel, formatter(state, exception), properties.ToDictionary(p => p.Key, p => p.Value)));
            }
        }
    }
}
