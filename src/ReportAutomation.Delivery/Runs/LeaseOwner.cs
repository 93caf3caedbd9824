using System.Diagnostics;
using System.Globalization;

namespace ReportAutomation.Delivery.Runs;

/// <summary>Names the worker holding a claim (<c>host/pid/run</c>), and tells when a local owner's process is gone.</summary>
internal static class LeaseOwner
{
    /// <summary>A new owner name for one run of this process.</summary>
    public static string NewForThisProcess() =>
        string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}");

    /// <summary>
    /// True when <paramref name="owner"/> ran on this host in a process that no longer exists (killed, crashed): its claim
    /// can be judged now instead of when the lease lapses. Owners on other hosts are never judged gone here.
    /// </summary>
    public static bool IsGone(string? owner)
    {
        var parts = owner?.Split('/') ?? [];
        if (parts.Length != 3 || !string.Equals(parts[0], Environment.MachineName, StringComparison.Ordinal)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid == Environment.ProcessId)
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
