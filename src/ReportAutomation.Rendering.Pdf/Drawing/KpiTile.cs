namespace ReportAutomation.Rendering.Pdf.Drawing;

/// <summary>A filled KPI tile: value, label, delta (its sign picks arrow and colour) with its text, and a note.</summary>
internal sealed record KpiTile(string Value, string Label, double? Delta, string? DeltaText, string? Note);
