using System.Diagnostics;
using System.Globalization;

namespace ReportAutomation.Benchmarks;

/// <summary>What every suite shares: each case runs in a child process of this runner, so peak RSS (VmHWM) is per case.</summary>
internal static class BenchChild
{
    private const int MinWarmRuns = 3;
    private const int MaxWarmRuns = 30;
    private const double WarmBudgetSeconds = 1.0;

    /// <summary>Runs this runner again with <paramref name="args"/> and returns the fields of its <c>RESULT …</c> line.</summary>
    public static string[] Run(IEnumerable<string> args)
    {
        var self = Environment.ProcessPath!;
        var psi = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            psi.ArgumentList.Add(typeof(BenchChild).Assembly.Location);
        }

        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = stdout.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"case {string.Join(' ', args)} failed (exit {process.ExitCode}): {stdout} {stderr.Result}");
        return line.Trim().Split(' ')[1..];
    }

    /// <summary>
    /// Times <paramref name="write"/> cold (its first call in this process: what `build` pays, start-up and JIT included),
    /// with the CPU time the JIT spent compiling methods meanwhile and the peak RSS right after; then warm (what the
    /// long-running worker pays once it has built one pack): the best of <c>--warm-runs</c> further calls, or unless told
    /// of at least 3 and as many more as fit in about a second, at most 30 (a small document takes tens of milliseconds,
    /// where a few runs on this machine are mostly noise).
    /// </summary>
    public static ColdWarm Measure(Action write, Dictionary<string, string> options)
    {
        var jitBefore = System.Runtime.JitInfo.GetCompilationTime();
        var clock = Stopwatch.StartNew();
        write();
        var cold = clock.Elapsed.TotalSeconds;
        var peak = PeakRssKb();
        var jit = (System.Runtime.JitInfo.GetCompilationTime() - jitBefore).TotalSeconds;
        var warm = double.MaxValue;
        var told = options.TryGetValue("warm-runs", out var runs) ? int.Parse(runs, CultureInfo.InvariantCulture) : (int?)null;
        var spent = 0.0;
        for (var run = 0; told is { } count ? run < count : run < MinWarmRuns || (spent < WarmBudgetSeconds && run < MaxWarmRuns); run++)
        {
            clock.Restart();
            write();
            var seconds = clock.Elapsed.TotalSeconds;
            warm = Math.Min(warm, seconds);
            spent += seconds;
        }

        return new ColdWarm(cold, peak, warm, jit);
    }

    /// <summary>VmHWM (peak resident set) of this process in KiB, from /proc/self/status.</summary>
    public static long PeakRssKb()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line["VmHWM:".Length..].Replace("kB", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary><c>--name value</c> pairs.</summary>
    public static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }

        return options;
    }
}

/// <summary>One case's figures: cold seconds, peak RSS in KiB after the cold run, best warm seconds, JIT seconds of the cold run.</summary>
internal sealed record ColdWarm(double Cold, long PeakKb, double Warm, double Jit)
{
    /// <summary>The figures as the RESULT line's fields, in that order.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Cold:R} {PeakKb} {Warm:R} {Jit:R}");
}
