namespace ReportAutomation.Core.Model;

/// <summary>Where a value was read: a file and, for tabular inputs, a 1-based line or row.</summary>
public sealed record SourceLocation(string File, int? Line = null)
{
    /// <inheritdoc />
    public override string ToString() => Line is { } l ? $"{File}:{l}" : File;
}
