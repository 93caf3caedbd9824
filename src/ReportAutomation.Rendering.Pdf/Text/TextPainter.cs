using System.Text;
using SkiaSharp;

namespace ReportAutomation.Rendering.Pdf.Text;

/// <summary>
/// Measures and draws single lines of text by real glyph advances: HarfBuzz shapes each stretch with the face that has
/// its characters (the main face first, then the fallbacks), so a title in Arabic shows letters, not boxes.
/// Not thread-safe: one per render.
/// </summary>
internal sealed class TextPainter(DeckFonts fonts) : IDisposable
{
    private readonly Dictionary<(string Text, float Size, bool Bold), float> _widths = [];
    private readonly Dictionary<(int Codepoint, bool Bold), FontFace> _faceOf = [];
    private readonly SKFont _font = new() { Subpixel = true, Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None };
    private readonly SKPaint _paint = new() { IsAntialias = true };

    /// <summary>The fonts in use.</summary>
    public DeckFonts Fonts => fonts;

    /// <summary>The advance width of <paramref name="text"/> on one line (cached: words repeat across slides).</summary>
    public float Width(string text, TextStyle style)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var key = (text, style.Size, style.Bold);
        if (_widths.TryGetValue(key, out var width))
        {
            return width;
        }

        width = 0;
        foreach (var run in Runs(text, style.Bold))
        {
            width += Shape(run, style).Width;
        }

        if (_widths.Count > 200_000)
        {
            _widths.Clear();
        }

        _widths[key] = width;
        return width;
    }

    /// <summary>Draws one line with its baseline at <paramref name="baseline"/>, starting at <paramref name="x"/>.</summary>
    public void Draw(SKCanvas canvas, string text, float x, float baseline, TextStyle style)
    {
        _paint.Color = style.Color;
        foreach (var run in Runs(text, style.Bold))
        {
            var shaped = Shape(run, style);
            if (shaped.Glyphs.Length > 0)
            {
                using var builder = new SKTextBlobBuilder();
                var buffer = builder.AllocatePositionedRun(_font, shaped.Glyphs.Length);
                shaped.Glyphs.CopyTo(buffer.Glyphs);
                shaped.Positions.CopyTo(buffer.Positions);

                using var blob = builder.Build();
                if (blob is not null)
                {
                    canvas.DrawText(blob, x, baseline, _paint);
                }
            }

            x += shaped.Width;
        }
    }

    /// <summary>Splits a line into stretches, each drawn with the first face that has its characters.</summary>
    public IEnumerable<ShapedRun> Runs(string text, bool bold)
    {
        var main = bold ? fonts.Bold : fonts.Regular;
        FontFace? current = null;
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var codepoint = Codepoints.At(text, i, out var length);
            // Spaces and punctuation stay with the stretch they are in, so "سلام، عالم" is one run.
            var face = current is not null && IsNeutral(codepoint) && current.Has(codepoint) ? current : FaceOf(codepoint, bold, main);
            if (current is not null && face != current)
            {
                yield return new ShapedRun(current, text[start..i]);
                start = i;
            }

            current = face;
            i += length;
        }

        if (current is not null)
        {
            yield return new ShapedRun(current, text[start..]);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _font.Dispose();
        _paint.Dispose();
    }

    private GlyphRun Shape(ShapedRun run, TextStyle style)
    {
        _font.Typeface = run.Face.Typeface;
        _font.Size = style.Size;
        return run.Face.Shaper.Shape(run.Text, style.Size);
    }

    private FontFace FaceOf(int codepoint, bool bold, FontFace main)
    {
        if (_faceOf.TryGetValue((codepoint, bold), out var face))
        {
            return face;
        }

        face = main.Has(codepoint) || IsNeutral(codepoint) ? main : fonts.Fallbacks.FirstOrDefault(f => f.Has(codepoint)) ?? main;
        _faceOf[(codepoint, bold)] = face;
        return face;
    }

    private static bool IsNeutral(int codepoint) =>
        codepoint < 0x80 ? !char.IsAsciiLetterOrDigit((char)codepoint) : Rune.GetUnicodeCategory(new Rune(codepoint)) is
            System.Globalization.UnicodeCategory.SpaceSeparator or System.Globalization.UnicodeCategory.OtherPunctuation;
}
