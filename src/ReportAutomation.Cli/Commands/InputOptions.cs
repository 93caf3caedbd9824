using System.CommandLine;
using System.Globalization;
using ReportAutomation.Core.Packs;
using ReportAutomation.Core.Weeks;
using ReportAutomation.Ingestion;

namespace ReportAutomation.Cli.Commands;

/// <summary>The options that say which inputs and which week a command works on (build and validate share them).</summary>
internal sealed class InputOptions
{
    /// <summary>Earliest year <c>--week</c> accepts (the pack also reads the weeks before it for history).</summary>
    public const int MinYear = IsoWeek.FirstYear;

    /// <summary>Latest year <c>--week</c> accepts (the calendar ends in 9999).</summary>
    public const int MaxYear = IsoWeek.LastYear;

    private readonly Option<string?> _week = new("--week") { Description = "ISO week to build, e.g. 2026-W47 (default: the last complete week in --time-zone)." };
    private readonly Option<string> _articles = new("--articles") { Description = "Folder of articles (.html, .txt, optional articles.csv manifest).", DefaultValueFactory = _ => "sample-data/articles" };
    private readonly Option<string> _figures = new("--figures") { Description = "Folder of figure files (.csv, .xlsx).", DefaultValueFactory = _ => "sample-data/figures" };
    private readonly Option<string> _entities = new("--entities") { Description = "Watch-list CSV (name, ticker, aliases).", DefaultValueFactory = _ => "sample-data/entities.csv" };
    private readonly Option<string> _culture = new("--culture") { Description = "Culture for numbers in figure files and documents, e.g. en-GB or de-DE (default: invariant).", DefaultValueFactory = _ => string.Empty };
    private readonly Option<string> _timeZone = new("--time-zone") { Description = "Time zone of the pack: it decides the last complete week, and the day an input date-time with an offset falls on.", DefaultValueFactory = _ => "Europe/London" };
    private readonly Option<string> _pack = new("--pack") { Description = "Pack name: the template base name and output sub-folder.", DefaultValueFactory = _ => "weekly-ir" };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _week, _articles, _figures, _entities, _culture, _timeZone, _pack })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Reads the options; a bad week, culture or zone is a <see cref="UsageException"/> naming the option.</summary>
    public InputSelection Read(ParseResult result)
    {
        var weekText = result.GetValue(_week);
        IsoWeek? week = null;
        if (!string.IsNullOrWhiteSpace(weekText))
        {
            var parsed = IsoWeek.TryParse(weekText, out var w);
            var yearText = weekText.Trim();
            var year = parsed ? w.Year : yearText.Length >= 4 && int.TryParse(yearText.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : MinYear;
            if (year is < MinYear or > MaxYear)
            {
                throw new UsageException($"--week '{weekText}': the year must be between {MinYear} and {MaxYear}.");
            }

            week = parsed ? w : throw new UsageException($"--week '{weekText}' is not an ISO week; use the form 2026-W47.");
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
        return new InputSelection(paths, week, culture, options);
    }

    /// <summary>The pack name becomes a file and folder name: letters, digits, '-' and '_' only.</summary>
    private static string SafeName(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? name
            : throw new UsageException($"--pack '{name}' must be 1-64 letters, digits, '-' or '_' (it names files and folders).");
}
