using System.Globalization;
using ReportAutomation.Core.Model;
using ReportAutomation.Rendering.Pdf.Template;
using ReportAutomation.Rendering.Pdf.Text;
using SkiaSharp;

namespace ReportAutomation.Rendering.Pdf.Drawing;

/// <summary>What every painter needs while one deck is drawn: page size, theme, text painter, logo, culture and the pack.</summary>
internal sealed class DeckContext(PageSize page, DeckTheme theme, TextPainter text, SKImage? logo, CultureInfo culture, WeeklyPack pack)
{
    /// <summary>Outer margin in points.</summary>
    public const float Margin = 40;

    /// <summary>The page size.</summary>
    public PageSize Page => page;

    /// <summary>The theme.</summary>
    public DeckTheme Theme => theme;

    /// <summary>Measures and draws text.</summary>
    public TextPainter Text => text;

    /// <summary>The logo, when the theme has one.</summary>
    public SKImage? Logo => logo;

    /// <summary>Culture of numbers in charts.</summary>
    public CultureInfo Culture => culture;

    /// <summary>The pack being drawn.</summary>
    public WeeklyPack Pack => pack;

    /// <summary>The area under a slide's title and above its footer.</summary>
    public SKRect Body => new(Margin, 112, page.Width - Margin, page.Height - 46);

    /// <summary>A style in the theme's text colour.</summary>
    public TextStyle Style(float size, bool bold = false) => new(size, bold, theme.Text);

    /// <summary>A style in the theme's muted colour.</summary>
    public TextStyle Muted(float size, bool bold = false) => new(size, bold, theme.Muted);
}
