namespace ReportAutomation.Rendering.Pdf.Text;

/// <summary>Text laid out in a box: the lines it takes and whether it was cut short (then the last line ends in "…").</summary>
internal sealed record TextBlock(IReadOnlyList<string> Lines, TextStyle Style, bool Truncated)
{
    /// <summary>The block's height.</summary>
    public float Height => Lines.Count * Style.LineHeight;
}
