using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using Buffer = HarfBuzzSharp.Buffer;

namespace ReportAutomation.Rendering.Pdf.Text;

/// <summary>
/// HarfBuzz shaping for one face (kerning, Arabic joining, Devanagari clusters) with discretionary ligatures off, so
/// "fi" stays two letters that search and copy-paste find in the PDF. SkiaSharp.HarfBuzz's SKShaper offers no features.
/// </summary>
internal sealed class Shaper : IDisposable
{
    private const int Scale = 512;

    private static readonly Feature[] Features = [Parse("-liga"), Parse("-dlig"), Parse("-clig")];

    private readonly HarfBuzzSharp.Font _font;

    // One buffer reused for every word (cleared between uses): a native buffer created and destroyed per word cost more
    // than shaping it.
    private readonly Buffer _buffer = new();

    public Shaper(SKTypeface typeface)
    {
        using var stream = typeface.OpenStream(out var index);
        using var blob = stream.ToHarfBuzzBlob();
        using var face = new Face(blob, index) { Index = index, UnitsPerEm = typeface.UnitsPerEm };
        _font = new HarfBuzzSharp.Font(face);
        _font.SetScale(Scale, Scale);
        _font.SetFunctionsOpenType();
    }

    /// <summary>Shapes <paramref name="text"/> at <paramref name="size"/> points.</summary>
    public GlyphRun Shape(string text, float size)
    {
        var buffer = _buffer;
        buffer.ClearContents();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        _font.Shape(buffer, Features);
        var info = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var factor = size / Scale;
        var glyphs = new ushort[info.Length];
        var points = new SKPoint[info.Length];
        float x = 0;
        float y = 0;
        for (var i = 0; i < info.Length; i++)
        {
            glyphs[i] = (ushort)info[i].Codepoint;
            points[i] = new SKPoint(x + (positions[i].XOffset * factor), y - (positions[i].YOffset * factor));
            x += positions[i].XAdvance * factor;
            y += positions[i].YAdvance * factor;
        }

        return new GlyphRun(glyphs, points, x);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _buffer.Dispose();
        _font.Dispose();
    }

    private static Feature Parse(string feature) =>
        Feature.TryParse(feature, out var parsed) ? parsed : throw new InvalidOperationException("HarfBuzz rejected the feature " + feature);
}
