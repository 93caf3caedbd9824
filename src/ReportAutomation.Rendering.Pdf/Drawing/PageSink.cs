using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using SkiaSharp;

namespace ReportAutomation.Rendering.Pdf.Drawing;

/// <summary>
/// Hands out pages of the PDF one at a time and writes each as soon as it ends, so memory stays flat however long the
/// deck; records each page's title for the outline and marks it with a named destination the outline points at.
/// </summary>
/// <remarks>
/// The layouts draw each page onto a recording canvas (Skia's picture recorder: the calls are kept, nothing is drawn).
/// An ended page's picture is played into the PDF by a writer thread while the layouts fill the next pages, so laying
/// out (template values, HarfBuzz shaping, wrapping: our code) and writing (Skia's PDF device: content streams, glyph
/// tracking, compression) run on two cores. Playing a picture back makes the same calls in the same order, so the file
/// is byte for byte the one drawing straight into the PDF gives. At most <see cref="PagesInFlight"/> pages wait.
/// </remarks>
internal sealed class PageSink : IDisposable
{
    /// <summary>Most a deck's pages allocate between two young-generation collections.</summary>
    public const long GarbageBudget = 16 << 20;

    /// <summary>Most ended pages waiting for the writer; the layouts wait when it is this far behind.</summary>
    public const int PagesInFlight = 4;

    private readonly SKDocument _document;
    private readonly SKSize _size;
    private readonly SKPictureRecorder _recorder = new();
    private readonly BlockingCollection<SKPicture> _ended = new(PagesInFlight);
    private readonly Thread? _writer;
    private readonly List<string> _titles = [];
    private ExceptionDispatchInfo? _writeFailure;
    private bool _closeWhenWritten;
    private SKCanvas? _open;
    private long _allocatedAtCollection = GC.GetAllocatedBytesForCurrentThread();
    private int _collections = GC.CollectionCount(0);

    /// <summary>Pages of <paramref name="width"/> x <paramref name="height"/> points into <paramref name="document"/>.</summary>
    /// <param name="document">The PDF the pages go into.</param>
    /// <param name="width">Page width in points.</param>
    /// <param name="height">Page height in points.</param>
    /// <param name="background">Write on a second thread (the default when the machine has more than one core).</param>
    public PageSink(SKDocument document, float width, float height, bool? background = null)
    {
        _document = document;
        _size = new SKSize(width, height);
        if (background ?? Environment.ProcessorCount > 1)
        {
            _writer = new Thread(WriteEnded) { IsBackground = true, Name = "pdf-page-writer" };
            _writer.Start();
        }
    }

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
        _open = _recorder.BeginRecording(SKRect.Create(_size));
        using var name = _open.DrawNamedDestinationAnnotation(new SKPoint(0, 0), Destination(_titles.Count));
        return _open;
    }

    /// <summary>Ends the page: it is written now, or by the writer thread while the next pages are laid out.</summary>
    public void End()
    {
        var page = _recorder.EndRecording();
        _open = null;
        if (_writer is null)
        {
            Write(page);
        }
        else
        {
            _writeFailure?.Throw();
            _ended.Add(page);
        }

        ReuseGarbage();
    }

    /// <summary>
    /// Closes the document once every ended page is in it (Skia then writes its fonts and cross-reference table): on the
    /// writer thread, so the caller can go on meanwhile; <see cref="Complete"/> waits for it.
    /// </summary>
    public void CloseDocument()
    {
        if (_writer is null)
        {
            _document.Close();
            return;
        }

        _closeWhenWritten = true;
        _ended.CompleteAdding();
    }

    /// <summary>Waits until every ended page is in the document (and it is closed, when asked); rethrows a writing failure.</summary>
    public void Complete()
    {
        StopWriter();
        _writeFailure?.Throw();
    }

    /// <summary>Stops the writer once the pages already ended are written (the document must outlive it).</summary>
    public void Dispose()
    {
        StopWriter();
        _ended.Dispose();
        _recorder.Dispose();
    }

    // No more pages: the writer writes those waiting (and closes the document, when asked) and ends.
    private void StopWriter()
    {
        if (!_ended.IsAddingCompleted)
        {
            _ended.CompleteAdding();
        }

        _writer?.Join();
    }

    private void Write(SKPicture page)
    {
        using (page)
        {
            page.Playback(_document.BeginPage(_size.Width, _size.Height));
            _document.EndPage();
        }
    }

    private void WriteEnded()
    {
        try
        {
            foreach (var page in _ended.GetConsumingEnumerable())
            {
                Write(page);
            }

            if (_closeWhenWritten)
            {
                _document.Close();
            }
        }
        catch (Exception ex)
        {
            // Reported to the layouts at their next page and by Complete; pages still coming are let go unwritten.
            _writeFailure = ExceptionDispatchInfo.Capture(ex);
            foreach (var page in _ended.GetConsumingEnumerable())
            {
                page.Dispose();
            }
        }
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
