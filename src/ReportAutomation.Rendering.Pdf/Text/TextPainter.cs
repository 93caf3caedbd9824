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
    private const int MaxCachedWords = 100_000;

    // Shaped words per size and weight, looked up by span: measuring and drawing never cut a word out as a string to find it.
    private readonly Dictionary<(float Size, bool Bold), Dictionary<string, ShapedWord>> _words = [];
    private int _cachedWords;
    private readonly Dictionary<(int Codepoint, bool Bold), FontFace> _faceOf = [];
    private readonly SortedSet<int> _missing = [];
    private readonly SKFont _font = new() { Subpixel = true, Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None };
    private readonly SKPaint _paint = new() { IsAntialias = true };
    private readonly List<(FontFace Face, GlyphRun Run, float Offset)> _line = [];

    // Build() hands the runs to the blob and leaves the builder empty, so one serves every line.
    private readonly SKTextBlobBuilder _builder = new();

    /// <summary>The fonts in use.</summary>
    public DeckFonts Fonts => fonts;

    /// <summary>Characters drawn so far that no face has (they show as empty boxes), in code point order.</summary>
    public IReadOnlyCollection<int> Missing => _missing;

    /// <summary>The advance width of <paramref name="text"/> on one line: its words as shaped, plus the spaces between them.</summary>
    public float Width(ReadOnlySpan<char> text, TextStyle style)
    {
        var width = 0f;
        var first = true;
        foreach (var range in text.Split(' '))
        {
            if (!first)
            {
                width += Word(" ", style).Width;
            }

            first = false;
            var word = text[range];
            if (!word.IsEmpty)
            {
                width += Word(word, style).Width;
            }
        }

        return width;
    }

    /// <summary>Draws one line with its baseline at <paramref name="baseline"/>, starting at <paramref name="x"/>, as one text blob.</summary>
    public void Draw(SKCanvas canvas, string text, float x, float baseline, TextStyle style)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        _line.Clear();
        var offset = 0f;
        if (RightToLeft.Contains(text))
        {
            var words = text.Split(' ');
            RightToLeft.ReorderWords(words);
            for (var i = 0; i < words.Length; i++)
            {
                offset = Collect(words[i], i > 0, style, offset);
            }
        }
        else
        {
            // Left-to-right only (nearly every line): the words are read in place, none is cut out as a string.
            var first = true;
            foreach (var range in text.AsSpan().Split(' '))
            {
                offset = Collect(text.AsSpan()[range], !first, style, offset);
                first = false;
            }
        }

        var builder = _builder;
        _font.Size = style.Size;
        for (var start = 0; start < _line.Count;)
        {
            // One positioned run per stretch of one face: a line is usually one run, however many words it has.
            var face = _line[start].Face;
            var end = start;
            var count = 0;
            while (end < _line.Count && _line[end].Face == face)
            {
                count += _line[end].Run.Glyphs.Length;
                end++;
            }

            if (count > 0)
            {
                _font.Typeface = face.Typeface;
                var buffer = builder.AllocatePositionedRun(_font, count);
                var glyphs = buffer.Glyphs;
                var positions = buffer.Positions;
                var at = 0;
                for (var k = start; k < end; k++)
                {
                    var (_, run, shift) = _line[k];
                    run.Glyphs.CopyTo(glyphs[at..]);
                    for (var j = 0; j < run.Positions.Length; j++)
                    {
                        positions[at + j] = new SKPoint(run.Positions[j].X + shift, run.Positions[j].Y);
                    }

                    face.MarkUsed(run.Glyphs);
                    at += run.Glyphs.Length;
                }
            }

            start = end;
        }

        using var blob = builder.Build();
        if (blob is not null)
        {
            _paint.Color = style.Color;
            canvas.DrawText(blob, x, baseline, _paint);
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
        _builder.Dispose();
    }

    // A word of the line, after the space before it when it is not the first: the space is drawn as a glyph too, so
    // readers that extract text (search, copy, pdftotext) see words.
    private float Collect(ReadOnlySpan<char> word, bool spaceBefore, TextStyle style, float offset)
    {
        if (spaceBefore)
        {
            offset = Collect(Word(" ", style), offset);
        }

        return word.IsEmpty ? offset : Collect(Word(word, style), offset);
    }

    private float Collect(ShapedWord word, float offset)
    {
        var parts = word.Parts;
        for (var i = 0; i < parts.Count; i++)
        {
            var (face, run) = parts[i];
            _line.Add((face, run, offset));
            offset += run.Width;
        }

        return offset;
    }

    // Words repeat across slides (names, labels, common words): each is shaped by HarfBuzz once per size and weight.
    private ShapedWord Word(ReadOnlySpan<char> word, TextStyle style)
    {
        var key = (style.Size, style.Bold);
        if (!_words.TryGetValue(key, out var byText))
        {
            byText = new Dictionary<string, ShapedWord>(StringComparer.Ordinal);
            _words[key] = byText;
        }

        return byText.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var shaped) ? shaped : Shape(word.ToString(), style, byText);
    }

    private ShapedWord Shape(string word, TextStyle style, Dictionary<string, ShapedWord> byText)
    {
        var parts = Runs(word, style.Bold).Select(r => (r.Face, r.Face.Shaper.Shape(r.Text, style.Size))).ToList();
        var shaped = new ShapedWord(parts, parts.Sum(p => p.Item2.Width));
        if (_cachedWords >= MaxCachedWords)
        {
            foreach (var words in _words.Values)
            {
                words.Clear();
            }

            _cachedWords = 0;
        }

        byText[word] = shaped;
        _cachedWords++;
        return shaped;
    }

    private FontFace FaceOf(int codepoint, bool bold, FontFace main)
    {
        if (_faceOf.TryGetValue((codepoint, bold), out var face))
        {
            return face;
        }

        face = main.Has(codepoint) || IsNeutral(codepoint) ? main : fonts.Fallbacks.FirstOrDefault(f => f.Has(codepoint));
        if (face is null)
        {
            _missing.Add(codepoint);
            face = main;
        }

        _faceOf[(codepoint, bold)] = face;
        return face;
    }

    private static bool IsNeutral(int codepoint) =>
        codepoint < 0x80 ? !char.IsAsciiLetterOrDigit((char)codepoint) : Rune.GetUnicodeCategory(new Rune(codepoint)) is
            System.Globalization.UnicodeCategory.SpaceSeparator or System.Globalization.UnicodeCategory.OtherPunctuation;
}
