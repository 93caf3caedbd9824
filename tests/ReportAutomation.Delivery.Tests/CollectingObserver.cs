using ReportAutomation.Pipeline;

namespace ReportAutomation.Delivery.Tests;

/// <summary>Collects the notices a send shows (thread-safe).</summary>
internal sealed class CollectingObserver : IBuildObserver
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public T Show<T>(string status, Func<IProgress<string>?, T> work) => work(null);

    public void Notice(string line)
    {
        lock (_lines)
        {
            _lines.Add(line);
        }
    }
}
