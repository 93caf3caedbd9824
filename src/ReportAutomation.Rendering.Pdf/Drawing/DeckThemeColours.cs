using ReportAutomation.Rendering.Pdf.Template;
using SkiaSharp;

namespace ReportAutomation.Rendering.Pdf.Drawing;

/// <summary>Colours derived from a theme.</summary>
internal static class DeckThemeColours
{
    /// <summary>Secondary text on the primary colour (the background blended in).</summary>
    public static SKColor OnPrimary(DeckTheme theme) => DeckTheme.Mix(theme.Background, theme.Primary, 0.25f);

    /// <summary>A chart palette starting with the theme's colours.</summary>
    public static SKColor Series(DeckTheme theme, int index) => (index % 8) switch
    {
        0 => theme.Primary,
        1 => theme.Accent,
        2 => new SKColor(0xD9, 0x77, 0x06),
        3 => theme.Positive,
        4 => new SKColor(0x7C, 0x3A, 0xED),
        5 => new SKColor(0x0E, 0x74, 0x90),
        6 => theme.Negative,
        _ => theme.Muted,
    };

    /// <summary>The colour of a sentiment score: positive above 0.15, negative below -0.15, muted between.</summary>
    public static SKColor Sentiment(DeckTheme theme, double? score) => score switch
    {
        > 0.15 => theme.Positive,
        < -0.15 => theme.Negative,
        _ => theme.Muted,
    };
}
