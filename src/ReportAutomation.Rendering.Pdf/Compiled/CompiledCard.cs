namespace ReportAutomation.Rendering.Pdf.Compiled;

/// <summary>A checked article card.</summary>
internal sealed record CompiledCard(
    CompiledText? Title, CompiledText? Link, CompiledText? Site, CompiledText? Date, CompiledText? Sentiment, CompiledText? Badge, CompiledText? Summary, CompiledText? Figures);
