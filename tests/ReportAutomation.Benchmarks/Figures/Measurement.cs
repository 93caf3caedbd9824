using System.Diagnostics;

namespace ReportAutomation.Benchmarks.Figures;

/// <summary>One timed run: wall time, bytes allocated, and the peak managed heap sampled while it ran.</summary>
internal readonly record struct Measurement(TimeSpan Elapsed, long AllocatedBytes, long PeakHeapBytes, string Collections)
{
    /// <summary>Runs <paramref name="action"/> after a full collection and measures it.</summary>
    public static Measurement Of(Func<long> action, out long result)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var baseline = GC.GetTotalMemory(false);
        var peak = baseline;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false));
                await Task.Delay(5).ConfigureAwait(false);
            }
        });
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var watch = Stopwatch.StartNew();
        result = action();
        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        peak = Math.Max(peak, GC.GetTotalMemory(false));
        stop.Cancel();
        sampler.Wait();
        var collections = $"gc {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}";
        return new Measurement(watch.Elapsed, allocated, peak - baseline, collections);
    }
}
