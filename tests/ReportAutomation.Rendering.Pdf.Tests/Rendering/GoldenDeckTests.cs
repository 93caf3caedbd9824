using ReportAutomation.TestKit;
namespace ReportAutomation.Rendering.Pdf.Tests.Rendering;

public sealed class GoldenDeckTests : IDisposable
{
    private readonly DeckRun _run = new();

    [Fact]
    public void Render_ShippedTemplate_PagesLookLikeTheGoldenImages()
    {
        // Given the shipped template and a fixed week (the pack's clock is fixed, so every pixel is reproducible)
        var pdf = _run.RenderOk(Some.BusyWeek(), DeckRun.ShippedTemplate);

        // Then poppler's rendering of every slide matches the reviewed images
        GoldenImage.AssertPagesMatch(pdf, "shipped");
    }

    /// <inheritdoc />
    public void Dispose() => _run.Dispose();
}
