using System.Security.Cryptography;
using SkiaSharp;

namespace ReportAutomation.Rendering.Pdf.Text;

/// <summary>One loaded font file with its HarfBuzz shaper, and the glyphs a render has drawn with it (for subsetting).</summary>
internal sealed class FontFace : IDisposable
{
    private readonly bool[] _used;
    private readonly SKData _data;
    private byte[]? _fingerprint;
    private bool _usedAny;

    /// <summary>Loads the font in <paramref name="file"/> (the whole file's bytes); null when Skia cannot read it.</summary>
    public static FontFace? FromBytes(string name, byte[] file)
    {
        var data = SKData.CreateCopy(file);
        var typeface = SKTypeface.FromData(data);
        if (typeface is null)
        {
            data.Dispose();
            return null;
        }

        return new FontFace(name, typeface, data);
    }

    private FontFace(string name, SKTypeface typeface, SKData data)
    {
        Name = name;
        Typeface = typeface;
        _data = data;
        Shaper = new Shaper(typeface);
        _used = new bool[Math.Max(1, (int)typeface.GlyphCount)];
    }

    /// <summary>The file the font came from, for messages.</summary>
    public string Name { get; }

    /// <summary>The Skia typeface.</summary>
    public SKTypeface Typeface { get; }

    /// <summary>SHA-256 of the font file: how the font embedded in a PDF is matched back to this face (computed when first asked).</summary>
    public byte[] Fingerprint => _fingerprint ??= SHA256.HashData(_data.AsSpan());

    /// <summary>The font file's bytes (valid while the face is).</summary>
    public ReadOnlySpan<byte> Bytes => _data.AsSpan();

    /// <summary>True once any glyph was drawn with this face (only such faces are embedded).</summary>
    public bool IsUsed => _usedAny;

    /// <summary>Shapes text with this face (kerning, ligatures, Arabic joining, Devanagari clusters).</summary>
    public Shaper Shaper { get; }

    /// <summary>The glyph ids drawn with this face so far.</summary>
    public IEnumerable<int> UsedGlyphs => Enumerable.Range(0, _used.Length).Where(g => _used[g]);

    /// <summary>True when the font has a glyph for <paramref name="codepoint"/>.</summary>
    public bool Has(int codepoint) => Typeface.GetGlyph(codepoint) != 0;

    /// <summary>Records that <paramref name="glyphs"/> were drawn, so the embedded subset keeps them.</summary>
    public void MarkUsed(ReadOnlySpan<ushort> glyphs)
    {
        _usedAny |= glyphs.Length > 0;
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
        _data.Dispose();
    }
}
