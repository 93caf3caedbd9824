namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>An A1 reference found in a formula: its verbatim sheet prefix (<c>'My Sheet'!</c> or empty), the unquoted sheet name
/// (null when unqualified), and its first and optional last end.</summary>
internal sealed record FormulaRef(string Prefix, string? Sheet, RefEnd Start, RefEnd? End);
