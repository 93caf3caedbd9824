namespace ReportAutomation.Core.Errors;

/// <summary>A whole input (file or template) cannot be used at all; the message names it and why.</summary>
public sealed class InputRejectedException : Exception
{
    /// <summary>Creates the error for <paramref name="file"/>.</summary>
    public InputRejectedException(string file, string reason, Exception? inner = null)
        : base($"{file}: {reason}", inner)
    {
        File = file;
        Reason = reason;
    }

    /// <summary>The rejected file.</summary>
    public string File { get; }

    /// <summary>Why it was rejected.</summary>
    public string Reason { get; }
}
