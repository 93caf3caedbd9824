namespace ReportAutomation.Rendering.Pdf.Text;

/// <summary>A word shaped once and reused wherever it is measured or drawn: its stretches (one per face) and its width.</summary>
internal sealed record ShapedWord(IReadOnlyList<(FontFace Face, GlyphRun Run)> Parts, float Width);
