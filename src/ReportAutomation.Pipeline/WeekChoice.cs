using System.Globalization;
using ReportAutomation.Core.Weeks;

namespace ReportAutomation.Pipeline;

/// <summary>Which week to build: the last complete one, the latest one with data, or a named one.</summary>
/// <param name="Kind">How the week is chosen.</param>
/// <param name="Week">The week, when <paramref name="Kind"/> is <see cref="WeekChoiceKind.Explicit"/>.</param>
public readonly record struct WeekChoice(WeekChoiceKind Kind, IsoWeek? Week)
{
    /// <summary>The word <c>--week</c> takes for <see cref="WeekChoiceKind.Latest"/>.</summary>
    public const string LatestWord = "latest";

    /// <summary>The last complete week in the pack's zone.</summary>
    public static WeekChoice LastComplete => new(WeekChoiceKind.LastComplete, null);

    /// <summary>The latest complete week that has data.</summary>
    public static WeekChoice Latest => new(WeekChoiceKind.Latest, null);

    /// <summary>A named week.</summary>
    public static WeekChoice Of(IsoWeek week) => new(WeekChoiceKind.Explicit, week);

    /// <summary>Parses <c>2026-W47</c>, <c>latest</c> or nothing (the last complete week); the error names the problem.</summary>
    public static bool TryParse(string? text, out WeekChoice choice, out string? error)
    {
        error = null;
        choice = LastComplete;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var trimmed = text.Trim();
        if (string.Equals(trimmed, LatestWord, StringComparison.OrdinalIgnoreCase))
        {
            choice = Latest;
            return true;
        }

        var parsed = IsoWeek.TryParse(trimmed, out var week);
        var year = parsed ? week.Year
            : trimmed.Length >= 4 && int.TryParse(trimmed.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : IsoWeek.FirstYear;
        if (year is < IsoWeek.FirstYear or > IsoWeek.LastYear)
        {
            error = $"'{text}': the year must be between {IsoWeek.FirstYear} and {IsoWeek.LastYear}.";
            return false;
        }

        if (!parsed)
        {
            error = $"'{text}' is not an ISO week; use the form 2026-W47 (or '{LatestWord}').";
            return false;
        }

        choice = Of(week);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        WeekChoiceKind.Explicit => Week!.Value.Label,
        WeekChoiceKind.Latest => LatestWord,
        _ => "last complete week",
    };
}
