namespace ReportAutomation.Core.Pipeline;

/// <summary>Reports progress on the calling thread, in order (<see cref="Progress{T}"/> posts to the thread pool, so its
/// updates can arrive late and out of order, even after the work has finished).</summary>
public sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    /// <inheritdoc />
    public void Report(T value) => report(value);
}
