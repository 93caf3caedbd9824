namespace ReportAutomation.Pipeline;

/// <summary>Shows nothing: for hosts (the worker) whose only output is the log.</summary>
public sealed class SilentBuildObserver : IBuildObserver
{
    /// <summary>The shared instance.</summary>
    public static SilentBuildObserver Instance { get; } = new();

    /// <inheritdoc />
    public T Show<T>(string status, Func<IProgress<string>?, T> work) => work(null);

    /// <inheritdoc />
    public void Notice(string line)
    {
    }
}
