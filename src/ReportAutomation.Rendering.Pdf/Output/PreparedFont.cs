using ReportAutomation.Rendering.Pdf.Text;

namespace ReportAutomation.Rendering.Pdf.Output;

/// <summary>
/// A face the deck drew with, ready to replace the whole font Skia embedded: its subset's length and deflated bytes
/// (null when a subset would not be smaller: the font stays whole).
/// </summary>
internal sealed record PreparedFont(FontFace Face, int SubsetLength, byte[]? Deflated)
{
    /// <summary>The whole font's length in bytes (what Skia writes as the stream's Length1).</summary>
    public int WholeLength => Face.Bytes.Length;
}
