using System.Diagnostics;
using System.Globalization;

namespace ReportAutomation.Benchmarks;

/// <summary>What every suite shares: each case runs in a child process of this runner, so peak RSS (VmHWM) is per case.</summary>
internal static class BenchChild
{
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
