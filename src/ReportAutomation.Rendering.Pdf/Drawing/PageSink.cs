using SkiaSharp;

namespace ReportAutomation.Rendering.Pdf.Drawing;

/// <summary>
/// Hands out pages of the PDF one at a time and writes each as soon as it ends, so memory stays flat however long the
/// deck; records each page's title for the outline and marks it with a named destination the outline points at.
/// </summary>
internal sealed class PageSink(SKDocument document, float width, float height)
{
    private readonly List<string> _titles = [];
    private SKCanvas? _open;

    /// <summary>Pages written so far.</summary>
    public int Count => _titles.Count;

    /// <summary>One outline title per page, in order.</summary>
    public IReadOnlyList<string> Titles => _titles;

    /// <summary>The named destination of page <paramref name="number"/> (1-based).</summary>
    public static string Destination(int number) => "slide-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Starts the next page; <paramref name="outlineTitle"/> is its entry in the PDF's outline.</summary>
    public SKCanvas Begin(string outlineTitle)
    {
        if (_open is not null)
        {
            throw new InvalidOperationException("the previous page was not ended");
        }

        _titles.Add(string.IsNullOrWhiteSpace(outlineTitle) ? $"Slide {_titles.Count + 1}" : outlineTitle);
        _open = document.BeginPage(width, height);
        using var name = _open.DrawNamedDestinationAnnotation(new SKPoint(0, 0), Destination(_titles.Count));
        return _open;
    }

    /// <summary>Ends the page (Skia writes it out).</summary>
    public void End()
    {
        document.EndPage();
        _open = null;
    }
}
