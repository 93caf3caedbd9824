namespace ReportAutomation.Rendering.Pdf.Template;

/// <summary>A landscape page size in points.</summary>
internal sealed record PageSize(string Name, float Width, float Height)
{
    /// <summary>16:9 (the default, 13.33 × 7.5 in).</summary>
    public static readonly PageSize Widescreen = new("16:9", 960, 540);

    /// <summary>A4 landscape (297 × 210 mm).</summary>
    public static readonly PageSize A4Landscape = new("a4-landscape", 841.89f, 595.28f);

    /// <summary>Every size a template can name.</summary>
    public static IReadOnlyList<PageSize> All { get; } = [Widescreen, A4Landscape];
}
