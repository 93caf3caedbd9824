using SkiaSharp;

namespace ReportAutomation.Rendering.Pdf.Template;

/// <summary>Colours, logo, footer and extra fonts of a deck.</summary>
internal sealed record DeckTheme(
    SKColor Primary,
    SKColor Accent,
    SKColor Text,
    SKColor Muted,
    SKColor Background,
    SKColor Positive,
    SKColor Negative,
    string? LogoPath,
    TextSpec? Footer,
    IReadOnlyList<string> FontPaths)
{
    /// <summary>The theme used where the template says nothing: navy, blue accent, green up, red down.</summary>
    public static DeckTheme Default { get; } = new(
        new SKColor(0x1F, 0x38, 0x64), new SKColor(0x2E, 0x75, 0xB6), new SKColor(0x1F, 0x29, 0x37), new SKColor(0x6B, 0x72, 0x80),
        SKColors.White, new SKColor(0x15, 0x80, 0x3D), new SKColor(0xB9, 0x1C, 0x1C), null, null, []);

    /// <summary>A pale tint of the primary colour, for table stripes and card backgrounds.</summary>
    public SKColor Tint => Mix(Primary, Background, 0.93f);

    /// <summary>A thin rule colour.</summary>
    public SKColor Rule => Mix(Muted, Background, 0.7f);

    /// <summary>Blends <paramref name="a"/> toward <paramref name="b"/> by <paramref name="t"/> (0..1).</summary>
    public static SKColor Mix(SKColor a, SKColor b, float t) => new(
        (byte)(a.Red + ((b.Red - a.Red) * t)), (byte)(a.Green + ((b.Green - a.Green) * t)), (byte)(a.Blue + ((b.Blue - a.Blue) * t)));
}
