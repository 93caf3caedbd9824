using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using ReportAutomation.Core.Pipeline;
using ReportAutomation.Rendering.Pdf.Drawing;
using SkiaSharp;
using ReportAutomation.TestKit;

namespace ReportAutomation.Rendering.Pdf.Tests.Rendering;

public sealed class PageWriterTests : IDisposable
{
    private readonly DeckRun _run = new();

    [Fact]
    public void Render_PagesWrittenOnASecondThread_SameBytesAsWrittenOnTheLayoutThread()
    {
        // Given the shipped deck for a busy week (cards with links, tables over several slides, charts)
        var pack = Some.BusyWeek();

        // When Skia writes the pages on the writer thread, and again on the thread that lays them out
        var background = _run.RenderOk(pack, DeckRun.ShippedTemplate, "background", writePagesInBackground: true);
        var inline = _run.RenderOk(pack, DeckRun.ShippedTemplate, "inline", writePagesInBackground: false);

        // Then the two files are the same bytes, and every slide is there with its text
        Assert.Equal(File.ReadAllBytes(inline), File.ReadAllBytes(background));
        var pages = PdfText.Pages(background);
        Assert.True(pages.Count > 5, $"{pages.Count} pages");
        Assert.All(pages, page => Assert.False(string.IsNullOrWhiteSpace(page)));
    }

    [Fact]
    public void Render_Cancelled_ThrowsStopsTheWriterAndLeavesNoFile()
    {
        // Given a build that is cancelled
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var output = Path.Combine(_run.Folder, "cancelled.pdf");
        var renderer = new PdfDeckRenderer(NullLogger<PdfDeckRenderer>.Instance) { WritePagesInBackground = true };

        // When the deck is drawn
        void Draw() => renderer.Render(Some.BusyWeek(), new RenderRequest(DeckRun.ShippedTemplate, output, CultureInfo.InvariantCulture), cancel.Token);

        // Then the cancellation comes back once the writer has stopped, and neither the deck nor a temp file is left
        Assert.ThrowsAny<OperationCanceledException>(Draw);
        Assert.Empty(Directory.GetFiles(_run.Folder, "*.pdf*"));
    }

    [Fact]
    public void Dispose_WithoutComplete_WritesThePagesAlreadyEndedThenStops()
    {
        // Given a sink writing on its own thread, and three pages ended before the layouts fail
        using var stream = new SKDynamicMemoryWStream();
        using (var document = SKDocument.CreatePdf(stream))
        {
            using (var sink = new PageSink(document, 960, 540, background: true))
            {
                for (var i = 0; i < 3; i++)
                {
                    using var paint = new SKPaint { Color = SKColors.SteelBlue };
                    sink.Begin($"Page {i + 1}").DrawRect(10, 10, 100 + (i * 50), 40, paint);
                    sink.End();
                }

                // When the sink is disposed without Complete (as when an exception leaves the drawing)
            }

            document.Close();
        }

        // Then the document closes with the three pages and their named destinations
        using var data = stream.DetachAsData();
        var pdf = System.Text.Encoding.Latin1.GetString(data.AsSpan());
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(pdf, @"/Type /Page\b(?!s)"));
        Assert.Contains("slide-3", pdf, StringComparison.Ordinal);
    }

    public void Dispose() => _run.Dispose();
}
