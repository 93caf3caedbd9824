using ReportAutomation.Rendering.Pdf.Template;

namespace ReportAutomation.Rendering.Pdf.Compiled;

/// <summary>A deck template that passed every check.</summary>
internal sealed record CompiledDeck(
    PageSize Page, DeckTheme Theme, CompiledText? Title, CompiledText? Subject, CompiledText? Author, CompiledText? Keywords, CompiledText? Footer, IReadOnlyList<CompiledSlide> Slides);
