namespace ReportAutomation.Core.Model;

/// <summary>Where a value was read: a file and, for tabular inputs, a 1-based line or row.</summary>
/// <remarks>
/// A value type, so that a million figures do not carry a million extra objects for the garbage collector to trace.
/// </remarks>
public readonly record struct SourceLocation(string File, int? Line = null)
{
    /// <inheritdoc />
    public override string ToString() => Line is { } l ? $"{File}:{l}" : File;
}
