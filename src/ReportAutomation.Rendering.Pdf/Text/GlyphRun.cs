using SkiaSharp;

namespace ReportAutomation.Rendering.Pdf.Text;

/// <summary>Shaped text: glyph ids, their positions from the run's origin, and the run's advance width.</summary>
internal sealed record GlyphRun(ushort[] Glyphs, SKPoint[] Positions, float Width);
