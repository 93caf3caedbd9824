namespace ReportAutomation.Rendering.Pdf.Template;

/// <summary>The kinds of slide a deck template can ask for.</summary>
internal enum SlideLayout
{
    /// <summary>A cover: big title, subtitle, the week.</summary>
    Title,

    /// <summary>A title and bullet points (a bullet that fills in empty is left out).</summary>
    Bullets,

    /// <summary>Up to eight key figures as tiles: value, label, week-over-week delta with arrow and colour.</summary>
    Kpis,

    /// <summary>One of the pack's charts (Core's <c>PackCharts</c>), drawn as vectors.</summary>
    Chart,

    /// <summary>A table over a collection; long tables continue on slides titled "(cont.)" with the header repeated.</summary>
    Table,

    /// <summary>Article cards (2-4 per slide) over a collection, flowing onto as many slides as needed.</summary>
    Articles,

    /// <summary>The pack's data issues as a table (severity, file, line, column, value, reason).</summary>
    Issues,

    /// <summary>The input files with their fingerprints, and a disclaimer.</summary>
    Sources,
}
