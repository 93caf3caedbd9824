using ReportAutomation.Core.Errors;
using ReportAutomation.Core.Model;

namespace ReportAutomation.Ingestion;

/// <summary>What one reader produced: the good items, the problems it found, and the files it read.</summary>
public sealed record ReadResult<T>(IReadOnlyList<T> Items, IReadOnlyList<DataIssue> Issues, IReadOnlyList<InputFile> Files);
