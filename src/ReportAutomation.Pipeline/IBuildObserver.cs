namespace ReportAutomation.Pipeline;

/// <summary>How a host shows a build as it runs: a status line per stage on a terminal, nothing in a worker.</summary>
public interface IBuildObserver
{
    /// <summary>Runs one stage's work, showing <paramref name="status"/> while it runs; the work may report progress text.</summary>
    T Show<T>(string status, Func<IProgress<string>?, T> work);

    /// <summary>A line the user should see now (a <c>warning:</c> or <c>error:</c> line; also logged by the pipeline).</summary>
    void Notice(string line);
}
