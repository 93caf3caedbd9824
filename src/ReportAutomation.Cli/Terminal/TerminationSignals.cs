using System.Runtime.InteropServices;

namespace ReportAutomation.Cli.Terminal;

/// <summary>Turns the first Ctrl-C (SIGINT) or SIGTERM into a cancellation the running command observes, so it can delete
/// its temp files and say "Cancelled."; a second signal is left to the runtime and ends the process at once.</summary>
internal sealed class TerminationSignals : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _received;

    /// <summary>Starts listening for SIGINT and SIGTERM.</summary>
    public TerminationSignals()
    {
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal)];
    }

    /// <summary>Cancelled when the first termination signal arrives.</summary>
    public CancellationToken Token => _source.Token;

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _source.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (Interlocked.Increment(ref _received) > 1)
        {
            return;
        }

        // Keep the process alive: the command unwinds through its finally blocks and the host prints one line.
        context.Cancel = true;
        try
        {
            _source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The signal raced with the end of the run: there is nothing left to cancel.
        }
    }
}
