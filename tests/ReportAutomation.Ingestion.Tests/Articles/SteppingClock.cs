namespace ReportAutomation.Ingestion.Tests.Articles;

/// <summary>A clock whose timestamp moves forward by a fixed step every time it is read.</summary>
internal sealed class SteppingClock(TimeSpan step) : TimeProvider
{
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => _ticks += step.Ticks;
}
