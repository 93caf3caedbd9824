namespace ReportAutomation.Rendering.Pdf.Template;

/// <summary>One key-figure tile: the value, its label, an optional week-over-week delta (a number: its sign picks arrow and colour) and note.</summary>
internal sealed record TileSpec(TextSpec Label, TextSpec Value, TextSpec? Delta, TextSpec? DeltaText, TextSpec? Note);
