namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>A piece of a formula: verbatim text, or a reference that may move.</summary>
internal readonly record struct FormulaPart(string? Literal, FormulaRef? Reference);
