using Cronos;

namespace ReportAutomation.Delivery.Scheduling;

/// <summary>A pack's cron schedule read in the pack's zone (Cronos): DST-correct, a skipped local time fires at the jump, a repeated one once.</summary>
internal sealed class PackSchedule(string cron, TimeZoneInfo zone)
{
    private readonly CronExpression _expression = CronExpression.Parse(cron, CronFormat.Standard);

    /// <summary>The first firing after <paramref name="after"/>.</summary>
    public DateTimeOffset? Next(DateTimeOffset after) => _expression.GetNextOccurrence(after, zone);

    /// <summary>The last firing in the 8 days before <paramref name="now"/> (a weekly run missed while the worker was down), or null.</summary>
    public DateTimeOffset? LastMissed(DateTimeOffset now) =>
        _expression.GetOccurrences(now.AddDays(-8), now, zone, fromInclusive: true, toInclusive: false).Cast<DateTimeOffset?>().LastOrDefault();
}
