using System.CommandLine;
using System.Globalization;
using ReportAutomation.Core.Packs;
using ReportAutomation.Core.Weeks;
using ReportAutomation.Ingestion;
using ReportAutomation.Pipeline;

namespace ReportAutomation.Cli.Commands;

/// <summary>The options that say which inputs and which week a command works on (build and validate share them).</summary>
internal sealed class InputOptions(TimeProvider clock)
{
    private readonly TimeProvider _clock = clock;

    private readonly Option<string?> _week = new("--week") { Description = "ISO week to build, e.g. 2026-W47, or 'latest' (the latest complete week that has data; default: the last complete week in --time-zone)." };
    private readonly Option<string?> _generatedAt = new("--generated-at") { Description = "Fix the pack's generation time, e.g. 2026-11-30T07:00:00Z, for byte-identical rebuilds (default: $SOURCE_DATE_EPOCH if set, else now)." };
    private readonly Option<string> _articles = new("--articles") { Description = "Folder of articles (.html, .txt, optional articles.csv manifest).", DefaultValueFactory = _ => Path.Combine(InstalledFiles.SampleData, "articles") };
    private readonly Option<string> _figures = new("--figures") { Description = "Folder of figure files (.csv, .xlsx).", DefaultValueFactory = _ => Path.Combine(InstalledFiles.SampleData, "figures") };
    private readonly Option<string> _entities = new("--entities") { Description = "Watch-list CSV (name, ticker, aliases).", DefaultValueFactory = _ => Path.Combine(InstalledFiles.SampleData, "entities.csv") };
    private readonly Option<string> _culture = new("--culture") { Description = "Culture for numbers in figure files and documents, e.g. en-GB or de-DE (default: invariant).", DefaultValueFactory = _ => string.Empty };
    private readonly Option<string> _timeZone = new("--time-zone") { Description = "Time zone of the pack: it decides the last complete week, and the day an input date-time with an offset falls on.", DefaultValueFactory = _ => "Europe/London" };
    private readonly Option<string> _pack = new("--pack") { Description = "Pack name: the template base name and output sub-folder.", DefaultValueFactory = _ => "weekly-ir" };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _week, _generatedAt, _articles, _figures, _entities, _culture, _timeZone, _pack })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Reads the options; a bad week, culture or zone is a <see cref="UsageException"/> naming the option.</summary>
    public InputSelection Read(ParseResult result)
    {
        if (!WeekChoice.TryParse(result.GetValue(_week), out var week, out var weekError))
        {
            throw new UsageException("--week " + weekError);
        }

        var cultureName = result.GetValue(_culture) ?? string.Empty;
        CultureInfo culture;
        try
        {
            culture = cultureName.Length == 0 ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(cultureName, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            throw new UsageException($"--culture '{cultureName}' is not a known culture; use a name such as en-GB or de-DE.");
        }

        var options = new PackOptions { Name = SafeName(result.GetValue(_pack)!), TimeZone = result.GetValue(_timeZone)! };
        try
        {
            options.ResolveTimeZone();
        }
        catch (ArgumentException ex)
        {
            throw new UsageException("--time-zone: " + ex.Message);
        }

        var paths = new PackInputPaths(result.GetValue(_articles)!, result.GetValue(_figures)!, result.GetValue(_entities)!);
        return new InputSelection(paths, week, culture, options, ReadClock(result));
    }

    /// <summary>The run's clock: pinned by <c>--generated-at</c>, else by <c>SOURCE_DATE_EPOCH</c>, else the host's.</summary>
    private TimeProvider ReadClock(ParseResult result)
    {
        var text = result.GetValue(_generatedAt);
        if (!string.IsNullOrWhiteSpace(text))
        {
            return PinnedClock.TryParseInstant(text, out var at)
                ? new PinnedClock(at, _clock)
                : throw new UsageException($"--generated-at '{text}' is not an instant with an offset; use the form 2026-11-30T07:00:00Z.");
        }

        var epoch = Environment.GetEnvironmentVariable(PinnedClock.SourceDateEpoch);
        if (string.IsNullOrWhiteSpace(epoch))
        {
            return _clock;
        }

        return PinnedClock.TryParseEpoch(epoch, out var instant)
            ? new PinnedClock(instant, _clock)
            : throw new UsageException($"{PinnedClock.SourceDateEpoch}='{epoch}' is not a number of seconds since 1970-01-01 UTC.");
    }

    /// <summary>The pack name becomes a file and folder name: letters, digits, '-' and '_' only.</summary>
    private static string SafeName(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? name
            : throw new UsageException($"--pack '{name}' must be 1-64 letters, digits, '-' or '_' (it names files and folders).");
}
