namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>The pattern a generated row copies: the row's attributes (height, style, spans) and its cells' styles and formulas.</summary>
internal sealed class TemplateRow
{
    public TemplateRow(int row, IReadOnlyList<KeyValuePair<string, string>> attributes, IReadOnlyList<TemplateCell> cells)
    {
        Row = row;
        Attributes = attributes;
        Cells = cells.OrderBy(c => c.Column).ToArray();
        var custom = attributes.Any(a => a.Key == "customFormat" && a.Value is "1" or "true");
        RowStyle = custom ? attributes.FirstOrDefault(a => a.Key == "s").Value : null;
    }

    public int Row { get; }

    /// <summary>The row element's attributes except <c>r</c>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Attributes { get; }

    /// <summary>Cells by ascending column.</summary>
    public IReadOnlyList<TemplateCell> Cells { get; }

    /// <summary>The row's own style, applied to generated cells in columns the template row has no cell for.</summary>
    public string? RowStyle { get; }

    /// <summary>A template row with no row element in the input.</summary>
    public static TemplateRow Missing(int row) => new(row, [], []);
}
