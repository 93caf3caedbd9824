using ReportAutomation.Cli.Terminal;
using ReportAutomation.Core.Pipeline;
using ReportAutomation.Pipeline;
using Spectre.Console;

namespace ReportAutomation.Cli.Commands;

/// <summary>Shows a build on the terminal: a live status line per stage when interactive, notices on stderr always.</summary>
internal sealed class ConsoleBuildObserver(CommandContext context) : IBuildObserver
{
    /// <inheritdoc />
    public T Show<T>(string status, Func<IProgress<string>?, T> work) =>
        context.Console.Profile.Capabilities.Interactive
            ? context.Console.Status().Start(Markup.Escape(status), s =>
                work(new InlineProgress<string>(message => s.Status(Markup.Escape(InertText.Of(message))))))
            : work(null);

    /// <inheritdoc />
    public void Notice(string line) => context.Error.WriteLine(InertText.Of(line));
}
