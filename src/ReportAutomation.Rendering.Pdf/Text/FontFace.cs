using SkiaSharp;

namespace ReportAutomation.Rendering.Pdf.Text;

/// <summary>One loaded font file with its HarfBuzz shaper.</summary>
internal sealed class FontFace : IDisposable
{
    public FontFace(string name, SKTypeface typeface)
    {
        Name = name;
        Typeface = typeface;
        Shaper = new Shaper(typeface);
    }

    /// <summary>The file the font came from, for messages.</summary>
    public string Name { get; }

    /// <summary>The Skia typeface.</summary>
    public SKTypeface Typeface { get; }

    /// <summary>Shapes text with this face (kerning, ligatures, Arabic joining, Devanagari clusters).</summary>
    public Shaper Shaper { get; }

    /// <summary>True when the font has a glyph for <paramref name="codepoint"/>.</summary>
    public bool Has(int codepoint) => Typeface.GetGlyph(codepoint) != 0;

    /// <inheritdoc />
    public void Dispose()
    {
        Shaper.Dispose();
        Typeface.Dispose();
    }
}
