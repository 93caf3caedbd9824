using System.Text;

namespace ReportAutomation.Cli.Terminal;

/// <summary>A writer for user-facing messages on stderr: line breaks pass, every other control character is written as a
/// visible escape (<see cref="InertText"/>), whatever part of a message came from an input.</summary>
internal sealed class InertLineWriter(TextWriter inner) : TextWriter
{
    /// <inheritdoc />
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc />
    public override void Write(char value)
    {
        if (value is '\n' or '\r' || !InertText.IsUnsafe(value))
        {
            inner.Write(value);
        }
        else
        {
            inner.Write(InertText.Of(value.ToString()));
        }
    }

    /// <inheritdoc />
    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        inner.Write(string.Join('\n', value.Split('\n').Select(part => InertText.Of(part.TrimEnd('\r')) + (part.EndsWith('\r') ? "\r" : string.Empty))));
    }

    /// <inheritdoc />
    public override void Flush() => inner.Flush();
}
