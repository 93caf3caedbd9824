using System.Globalization;

namespace ReportAutomation.Ingestion;

/// <summary>How a pack's inputs are read: the culture of numbers in figure files, and the pack's time zone.</summary>
/// <param name="Culture">Thousands and decimal separators of amounts and scores.</param>
/// <param name="TimeZone">The pack's zone: a date-time written with an offset counts on its date there; null takes dates as written.</param>
public sealed record PackInputOptions(CultureInfo Culture, TimeZoneInfo? TimeZone = null);
