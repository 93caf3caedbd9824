using SkiaSharp;

namespace ReportAutomation.Rendering.Pdf.Text;

/// <summary>How a piece of text looks: size in points, weight and colour.</summary>
internal readonly record struct TextStyle(float Size, bool Bold, SKColor Color)
{
    /// <summary>The same style in another colour.</summary>
    public TextStyle In(SKColor color) => this with { Color = color };

    /// <summary>The height of one line (1.25 × size).</summary>
    public float LineHeight => Size * 1.25f;
}
