using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace ReportAutomation.Cli.Hosting;

/// <summary>Writes console-format log lines to a given writer (tests capture the console lines through it).</summary>
internal sealed class TextWriterSink(TextWriter writer, string outputTemplate) : ILogEventSink
{
    private readonly MessageTemplateTextFormatter _formatter = new(outputTemplate, System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public void Emit(LogEvent logEvent)
    {
        lock (writer)
        {
            _formatter.Format(logEvent, writer);
        }
    }
}
