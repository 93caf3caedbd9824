namespace ReportAutomation.Pipeline;

/// <summary>How the week of a build is chosen.</summary>
public enum WeekChoiceKind
{
    /// <summary>The last complete ISO week in the pack's time zone (the scheduled default).</summary>
    LastComplete,

    /// <summary>The latest complete week that has any article or figure (what a first run wants).</summary>
    Latest,

    /// <summary>A week given by name, e.g. 2026-W47.</summary>
    Explicit,
}
