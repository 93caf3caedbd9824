namespace ReportAutomation.Rendering.Pdf.Text;

/// <summary>A stretch of one line drawn with one font face.</summary>
internal readonly record struct ShapedRun(FontFace Face, string Text);
