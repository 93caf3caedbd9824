using ReportAutomation.Cli.Terminal;
using Serilog.Core;
using Serilog.Events;

namespace ReportAutomation.Cli.Hosting;

/// <summary>Rewrites every text property of a console-bound log event through <see cref="InertText"/>, so a value read
/// from an input (a CSV cell, a file name) cannot send escape sequences to the terminal.</summary>
internal sealed class InertPropertiesEnricher : ILogEventEnricher
{
    /// <inheritdoc />
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            var inert = Inert(value);
            if (!ReferenceEquals(inert, value))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, inert));
            }
        }
    }

    private static LogEventPropertyValue Inert(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string text } when text.Any(InertText.IsUnsafe) => new ScalarValue(InertText.Of(text)),
        SequenceValue sequence when sequence.Elements.Any(e => !ReferenceEquals(Inert(e), e)) => new SequenceValue(sequence.Elements.Select(Inert)),
        StructureValue structure when structure.Properties.Any(p => !ReferenceEquals(Inert(p.Value), p.Value)) =>
            new StructureValue(structure.Properties.Select(p => new LogEventProperty(p.Name, Inert(p.Value))), structure.TypeTag),
        DictionaryValue dictionary when dictionary.Elements.Any(e => !ReferenceEquals(Inert(e.Value), e.Value)) =>
            new DictionaryValue(dictionary.Elements.Select(e => new KeyValuePair<ScalarValue, LogEventPropertyValue>(e.Key, Inert(e.Value)))),
        _ => value,
    };
}
