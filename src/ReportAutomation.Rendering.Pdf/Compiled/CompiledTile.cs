namespace ReportAutomation.Rendering.Pdf.Compiled;

/// <summary>A checked KPI tile.</summary>
internal sealed record CompiledTile(CompiledText Label, CompiledText Value, CompiledText? Delta, CompiledText? DeltaText, CompiledText? Note);
