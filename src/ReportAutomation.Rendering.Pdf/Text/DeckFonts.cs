using System.Reflection;
using System.Resources;
using SkiaSharp;

namespace ReportAutomation.Rendering.Pdf.Text;

/// <summary>
/// The deck's fonts: Noto Sans regular and bold shipped inside this assembly, then fallbacks for scripts Noto Sans lacks
/// (Arabic, Hebrew, Devanagari shipped; more from the template's theme, e.g. a CJK font). No system font is ever used,
/// so a deck is drawn the same on every machine.
/// </summary>
internal sealed class DeckFonts : IDisposable
{
    private static readonly string[] ShippedFallbacks = ["NotoSansArabic-Regular.ttf", "NotoSansHebrew-Regular.ttf", "NotoSansDevanagari-Regular.ttf"];

    private readonly List<FontFace> _owned = [];

    private DeckFonts(FontFace regular, FontFace bold, IReadOnlyList<FontFace> fallbacks)
    {
        Regular = regular;
        Bold = bold;
        Fallbacks = fallbacks;
    }

    /// <summary>Body text.</summary>
    public FontFace Regular { get; }

    /// <summary>Titles, values, headers.</summary>
    public FontFace Bold { get; }

    /// <summary>Fonts tried, in order, for a character the main face lacks.</summary>
    public IReadOnlyList<FontFace> Fallbacks { get; }

    /// <summary>Every face: main, bold and fallbacks.</summary>
    public IReadOnlyList<FontFace> All => _owned;

    /// <summary><see cref="Load"/> on a thread of its own (no pool thread is woken for it), for the caller to go on meanwhile.</summary>
    public static Task<DeckFonts> LoadInBackground(IEnumerable<string> extraFontFiles) =>
        Task.Factory.StartNew(() => Load(extraFontFiles), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Loads the shipped fonts, then <paramref name="extraFontFiles"/> (already checked to exist) as further fallbacks.</summary>
    public static DeckFonts Load(IEnumerable<string> extraFontFiles)
    {
        var regular = Embedded("NotoSans-Regular.ttf");
        var bold = Embedded("NotoSans-Bold.ttf");
        var fallbacks = ShippedFallbacks.Select(Embedded).ToList();
        foreach (var file in extraFontFiles)
        {
            var face = FontFace.FromBytes(Path.GetFileName(file), File.ReadAllBytes(file))
                ?? throw new InvalidDataException($"{Path.GetFileName(file)} is not a font Skia can read");
            fallbacks.Add(face);
        }

        var fonts = new DeckFonts(regular, bold, fallbacks);
        fonts._owned.AddRange([regular, bold, .. fallbacks]);
        return fonts;
    }

    /// <summary>True when <paramref name="file"/> opens as a font (for template checks).</summary>
    public static bool IsFont(string file)
    {
        using var typeface = SKTypeface.FromFile(file);
        return typeface is not null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var face in _owned)
        {
            face.Dispose();
        }
    }

    private static FontFace Embedded(string file)
    {
        using var stream = typeof(DeckFonts).Assembly.GetManifestResourceStream("ReportAutomation.Rendering.Pdf.Fonts." + file)
            ?? throw new MissingManifestResourceException($"the font {file} is missing from {Assembly.GetExecutingAssembly().GetName().Name}");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return FontFace.FromBytes(file, bytes.ToArray()) ?? throw new InvalidDataException($"the shipped font {file} does not load");
    }
}
