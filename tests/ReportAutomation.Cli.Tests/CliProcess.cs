using System.Diagnostics;
using ReportAutomation.TestKit;

namespace ReportAutomation.Cli.Tests;

/// <summary>Starts the built CLI (reportautomation.dll, copied beside the tests) as a real child process with redirected streams.</summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _error;

    private CliProcess(Process process)
    {
        _process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _error = process.StandardError.ReadToEndAsync();
    }

    /// <summary>The child's process id.</summary>
    public int Id => _process.Id;

    /// <summary>Whether the child has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Starts <c>dotnet reportautomation.dll args</c> in <paramref name="workingFolder"/> with extra environment variables.</summary>
    public static CliProcess Start(string workingFolder, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "reportautomation.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        return new CliProcess(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <summary>Runs to the end (killed after <paramref name="timeout"/>) and returns exit code and both streams.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string workingFolder, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        using var process = Start(workingFolder, environment, args);
        return await process.WaitAsync(TimeSpan.FromSeconds(120));
    }

    /// <summary>Sends a POSIX signal (SIGINT, SIGTERM) to the child with kill(1).</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start("kill", ["-" + name, Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>Waits for the child to end and returns exit code and both streams.</summary>
    public async Task<(int ExitCode, string Output, string Error)> WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return (_process.ExitCode, await _output, await _error);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    /// <summary>The repository root, where the CLI finds templates/ by default.</summary>
    public static string RepoRoot => RepoPaths.Root;
}
