using System.Globalization;

namespace ReportAutomation.Core.Weeks;

/// <summary>
/// A clock whose "now" is fixed (a reproducible build: <c>SOURCE_DATE_EPOCH</c> or <c>--generated-at</c>), while elapsed
/// time still runs on the real clock, so timings in the log stay true.
/// </summary>
/// <param name="now">The instant every "now" returns.</param>
/// <param name="inner">The clock that measures elapsed time.</param>
public sealed class PinnedClock(DateTimeOffset now, TimeProvider inner) : TimeProvider
{
    /// <summary>The environment variable of the reproducible-builds convention: seconds since 1970-01-01 UTC.</summary>
    public const string SourceDateEpoch = "SOURCE_DATE_EPOCH";

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => now;

    /// <inheritdoc />
    public override long GetTimestamp() => inner.GetTimestamp();

    /// <inheritdoc />
    public override long TimestampFrequency => inner.TimestampFrequency;

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    /// <summary>Parses a <c>SOURCE_DATE_EPOCH</c> value (whole seconds since the Unix epoch, UTC).</summary>
    public static bool TryParseEpoch(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (!long.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }

        instant = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return true;
    }

    /// <summary>Parses a <c>--generated-at</c> value: an ISO 8601 instant with an offset or <c>Z</c>, e.g. <c>2026-11-30T07:00:00Z</c>.</summary>
    public static bool TryParseInstant(string? text, out DateTimeOffset instant)
    {
        instant = default;
        var trimmed = text?.Trim();
        // An offset is required: a bare local time would mean a different instant on every machine.
        return trimmed is { Length: > 0 }
            && (trimmed.EndsWith('Z') || trimmed.LastIndexOfAny(['+', '-']) > trimmed.IndexOf('T', StringComparison.Ordinal) && trimmed.Contains('T', StringComparison.Ordinal))
            && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }
}
