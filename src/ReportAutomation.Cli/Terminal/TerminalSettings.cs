namespace ReportAutomation.Cli.Terminal;

/// <summary>What the standard output is connected to, which decides between the live, coloured view and plain text.</summary>
/// <param name="Interactive">Standard output is a terminal a person is watching (not a file, a pipe or a test).</param>
/// <param name="Colour">Colour and styles may be written (interactive, and <c>NO_COLOR</c> is not set).</param>
internal sealed record TerminalSettings(bool Interactive, bool Colour)
{
    /// <summary>Output goes to a file or a pipe: plain text, no colour, no live status, full-width values.</summary>
    public static TerminalSettings Plain { get; } = new(false, false);

    /// <summary>Reads the process's own console: redirected standard output or <c>NO_COLOR</c> turn colour off.</summary>
    public static TerminalSettings FromEnvironment()
    {
        var interactive = !Console.IsOutputRedirected;
        var noColour = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return new TerminalSettings(interactive, interactive && !noColour);
    }
}
