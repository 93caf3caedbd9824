namespace ReportAutomation.Ingestion.Figures;

/// <summary>One column a table kind knows: its header name and whether a file must have it.</summary>
internal sealed record SchemaColumn(string Name, bool Required);
