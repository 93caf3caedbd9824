using System.Diagnostics;

namespace ReportAutomation.TestKit;

/// <summary>Independent readers on PATH (soffice, qpdf, pdftotext): required in CI, skipped with a reason locally.</summary>
public static class ExternalTool
{
    /// <summary>True when running under CI (<c>CI=true</c>).</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns the tool's full path; fails the test in CI and skips it locally when the tool is missing.</summary>
    public static string Require(string name, string aptPackage)
    {
        var path = Find(name);
        if (path is not null)
        {
            return path;
        }

        var why = $"'{name}' is not on PATH (install it with: apt-get install -y {aptPackage}; .ci/run does this).";
        if (InCi)
        {
            Assert.Fail("CI=true and " + why);
        }

        Assert.Skip(why);
        return string.Empty;
    }

    /// <summary>The tool's full path on PATH, or null.</summary>
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => System.IO.Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    /// <summary>Runs a tool to completion and returns exit code, stdout and stderr.</summary>
    public static (int ExitCode, string Output, string Error) Run(string file, IEnumerable<string> args, TimeSpan? timeout = null)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start " + file);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout ?? TimeSpan.FromMinutes(3)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish in time");
        }

        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
