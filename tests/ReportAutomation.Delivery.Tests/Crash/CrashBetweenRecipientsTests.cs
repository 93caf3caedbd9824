using System.Diagnostics;
using ReportAutomation.Delivery.Ledger;
using ReportAutomation.Delivery.Tests.Smtp;
using ReportAutomation.TestKit;

namespace ReportAutomation.Delivery.Tests.Crash;

public sealed class CrashBetweenRecipientsTests
{
    private static readonly string[] Three = ["ana@example.com", "ben@example.com", "cat@example.com"];

    [Fact]
    public async Task Send_ChildKilledBetweenTwoRecipients_RerunServesEveryoneExactlyOnce()
    {
        using var serverFolder = new TempFolder("crash-smtp");
        // The second connection (ben's) hangs at EHLO: ana is sent, ben claimed, cat untouched when the child dies.
        using var server = TestSmtpServer.Start(serverFolder.Path, null, "--stall-ehlo-at", "2");
        using var setup = new DeliverySetup(to: Three, smtpPort: server.Port);
        using var child = StartCli("send", "--config", setup.ConfigPath, "--week", "2026-W47");
        for (var i = 0; i < 600 && !File.Exists(server.Marker); i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.True(File.Exists(server.Marker), "the child never reached the second recipient");
        child.Kill(); // SIGKILL: no clean-up runs.
        await child.WaitForExitAsync(TestContext.Current.CancellationToken);
        using (var ledger = SqliteDeliveryLedger.ForOutput(setup.Output))
        {
            var states = ledger.Deliveries("weekly-ir", "2026-W47").ToDictionary(d => d.Key.Address, d => d.State);
            Assert.Equal(DeliveryState.Sent, states["ana@example.com"]);
            Assert.Equal(DeliveryState.Claimed, states["ben@example.com"]);
        }

        var rerun = await setup.SendAsync();

        Assert.True(rerun.AllDelivered);
        Assert.Equal(2, rerun.SentNow);
        Assert.Equal(Three, server.Messages().Select(m => Assert.Single(m.Recipients)).Order(StringComparer.Ordinal));
    }

    private static Process StartCli(params string[] args)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(RepoPaths.Root, "src", "ReportAutomation.Cli", "bin", configuration, "net10.0", "reportautomation.dll");
        Assert.True(File.Exists(dll), dll + " is not built");
        var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        var process = Process.Start(psi)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
