using SkiaSharp;

namespace ReportAutomation.Rendering.Pdf.Drawing;

/// <summary>
/// Hands out pages of the PDF one at a time and writes each as soon as it ends, so memory stays flat however long the
/// deck; records each page's title for the outline and marks it with a named destination the outline points at.
/// </summary>
internal sealed class PageSink(SKDocument document, float width, float height)
{
    /// <summary>Most a deck's pages allocate between two young-generation collections.</summary>
    public const long GarbageBudget = 16 << 20;

    private readonly List<string> _titles = [];
    private SKCanvas? _open;
    private long _allocatedAtCollection = GC.GetAllocatedBytesForCurrentThread();
    private int _collections = GC.CollectionCount(0);

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
        ReuseGarbage();
    }

    // What a written page allocated is garbage. The CLI runs the non-concurrent GC (fastest for the big figure reads,
    // docs/figures.md), whose young-generation budget grows to tens of MB: a long deck would leave that much garbage
    // in fresh memory between collections, and peak memory would grow with the deck. Once the pages have allocated
    // GarbageBudget since the last young collection, one is asked for; it finds little alive (the pages are written),
    // so it is quick, and the freed memory is reused for the next pages.
    private void ReuseGarbage()
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var collections = GC.CollectionCount(0);
        if (collections != _collections)
        {
            (_allocatedAtCollection, _collections) = (allocated, collections);
        }
        else if (allocated - _allocatedAtCollection > GarbageBudget)
        {
            GC.Collect(0, GCCollectionMode.Forced, blocking: true);
            (_allocatedAtCollection, _collections) = (allocated, GC.CollectionCount(0));
        }
    }
}
