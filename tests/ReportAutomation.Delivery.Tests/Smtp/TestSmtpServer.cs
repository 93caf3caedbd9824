using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using ReportAutomation.TestKit;

namespace ReportAutomation.Delivery.Tests.Smtp;

/// <summary>A real SMTP server (python3 + aiosmtpd, smtp_server.py) on 127.0.0.1 and a free port; the messages it accepted.</summary>
internal sealed class TestSmtpServer : IDisposable
{
    private readonly Process _process;

    private TestSmtpServer(Process process, int port, string spool, string marker)
    {
        _process = process;
        Port = port;
        Spool = spool;
        Marker = marker;
    }

    public int Port { get; }

    public string Spool { get; }

    /// <summary>The file the server touches when it starts to hang (stall modes).</summary>
    public string Marker { get; }

    /// <summary>A free TCP port on 127.0.0.1 (nothing listens on it once this returns).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts the server with the given misbehaviour arguments; skips locally (fails in CI) when aiosmtpd is missing.</summary>
    public static TestSmtpServer Start(string folder, int? port = null, params string[] behaviour)
    {
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : ExternalTool.Require("python3", "python3");
        var probe = ExternalTool.Run(python, ["-c", "import aiosmtpd"]);
        if (probe.ExitCode != 0)
        {
            var why = "python3 cannot import aiosmtpd (apt-get install -y python3-aiosmtpd; .ci/run does this)";
            if (ExternalTool.InCi)
            {
                Assert.Fail("CI=true and " + why);
            }

            Assert.Skip(why);
        }

        var chosen = port ?? FreePort();
        var spool = Path.Combine(folder, "spool-" + chosen);
        var marker = Path.Combine(folder, "marker-" + chosen);
        var psi = new ProcessStartInfo(python) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "smtp_server.py"), "--port", chosen.ToString(System.Globalization.CultureInfo.InvariantCulture), "--spool", spool, "--marker", marker }.Concat(behaviour))
        {
            psi.ArgumentList.Add(a);
        }

        var process = Process.Start(psi)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var ready = process.StandardOutput.ReadLineAsync();
        if (!ready.Wait(TimeSpan.FromSeconds(20)) || ready.Result != "READY")
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("the test SMTP server did not start");
        }

        return new TestSmtpServer(process, chosen, spool, marker);
    }

    /// <summary>Every message the server kept, in arrival order, with its envelope recipients.</summary>
    public IReadOnlyList<(MimeMessage Message, IReadOnlyList<string> Recipients)> Messages()
    {
        if (!Directory.Exists(Spool))
        {
            return [];
        }

        return Directory.GetFiles(Spool, "*.eml").Order(StringComparer.Ordinal).Select(path =>
        {
            var envelope = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(path, ".json")));
            var rcpts = envelope.RootElement.GetProperty("rcpt_tos").EnumerateArray().Select(e => e.GetString()!).ToList();
            return (MimeMessage.Load(path), (IReadOnlyList<string>)rcpts);
        }).ToList();
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(5000))
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
    }
}
