using System.Security.Cryptography;
using SkiaSharp;

namespace ReportAutomation.Rendering.Pdf.Text;

/// <summary>One loaded font file with its HarfBuzz shaper, and the glyphs a render has drawn with it (for subsetting).</summary>
internal sealed class FontFace : IDisposable
{
    private readonly bool[] _used;

    /// <summary>Loads the font in <paramref name="file"/> (the whole file's bytes); null when Skia cannot read it.</summary>
    public static FontFace? FromBytes(string name, byte[] file)
    {
        using var data = SKData.CreateCopy(file);
        var typeface = SKTypeface.FromData(data);
        return typeface is null ? null : new FontFace(name, typeface, SHA256.HashData(file));
    }

    private FontFace(string name, SKTypeface typeface, byte[] fingerprint)
    {
        Name = name;
        Typeface = typeface;
        Fingerprint = fingerprint;
        Shaper = new Shaper(typeface);
        _used = new bool[Math.Max(1, (int)typeface.GlyphCount)];
    }

    /// <summary>The file the font came from, for messages.</summary>
    public string Name { get; }

    /// <summary>The Skia typeface.</summary>
    public SKTypeface Typeface { get; }

    /// <summary>SHA-256 of the font file: how the font embedded in a PDF is matched back to this face.</summary>
    public byte[] Fingerprint { get; }

    /// <summary>Shapes text with this face (kerning, ligatures, Arabic joining, Devanagari clusters).</summary>
    public Shaper Shaper { get; }

    /// <summary>The glyph ids drawn with this face so far.</summary>
    public IEnumerable<int> UsedGlyphs => Enumerable.Range(0, _used.Length).Where(g => _used[g]);

    /// <summary>True when the font has a glyph for <paramref name="codepoint"/>.</summary>
    public bool Has(int codepoint) => Typeface.GetGlyph(codepoint) != 0;

    /// <summary>Records that <paramref name="glyphs"/> were drawn, so the embedded subset keeps them.</summary>
    public void MarkUsed(ReadOnlySpan<ushort> glyphs)
    {
        foreach (var glyph in glyphs)
        {
            if (glyph < _used.Length)
            {
                _used[glyph] = true;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Shaper.Dispose();
        Typeface.Dispose();
    }
}
