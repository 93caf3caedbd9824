namespace ReportAutomation.Core.Errors;

/// <summary>A problem found in one input: where it is and why it was not used.</summary>
/// <param name="File">The input file, relative to its input folder where possible.</param>
/// <param name="Line">The 1-based line (CSV) or row (xlsx), when the problem has one.</param>
/// <param name="Column">The column name or letter, when the problem has one.</param>
/// <param name="Value">The offending value as read (trimmed to a readable length).</param>
/// <param name="Reason">Why the value was rejected, in the user's words.</param>
/// <param name="Severity">Error (the row or article was left out) or warning (kept, but worth knowing).</param>
public sealed record DataIssue(string File, int? Line, string? Column, string? Value, string Reason, IssueSeverity Severity = IssueSeverity.Error)
{
    /// <summary>True when the input was left out of the pack.</summary>
    public bool IsError => Severity == IssueSeverity.Error;

    /// <summary>Creates a warning: the input was kept.</summary>
    public static DataIssue Warning(string file, int? line, string? column, string? value, string reason) =>
        new(file, line, column, value, reason, IssueSeverity.Warning);

    /// <summary>Where the problem is, e.g. <c>investments.csv:7 [amount]</c>.</summary>
    public string Location =>
        File + (Line is { } l ? $":{l}" : string.Empty) + (Column is { Length: > 0 } c ? $" [{c}]" : string.Empty);

    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Reason}" + (Value is null ? string.Empty : $" (value '{Value}')");
}
