namespace ReportAutomation.Rendering.Pdf.Template;

/// <summary>How a table column's cells are aligned.</summary>
internal enum ColumnAlign
{
    /// <summary>Text.</summary>
    Left,

    /// <summary>Numbers.</summary>
    Right,

    /// <summary>Markers, short codes.</summary>
    Center,
}
