namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>One generated cell: its 1-based column, kind and value.</summary>
public readonly record struct XlCell(int Column, XlCellKind Kind, double Number, string? Text, string? Url, string? Formula)
{
    /// <summary>An empty cell that keeps the template style.</summary>
    public static XlCell Empty(int column) => new(column, XlCellKind.Empty, 0, null, null, null);

    /// <summary>A number cell.</summary>
    public static XlCell FromNumber(int column, double value) => new(column, XlCellKind.Number, value, null, null, null);

    /// <summary>A date cell (OLE Automation serial).</summary>
    public static XlCell FromDate(int column, DateTime value) => new(column, XlCellKind.Date, value.ToOADate(), null, null, null);

    /// <summary>A date cell from a calendar date.</summary>
    public static XlCell FromDate(int column, DateOnly value) => FromDate(column, value.ToDateTime(TimeOnly.MinValue));

    /// <summary>A boolean cell.</summary>
    public static XlCell FromBool(int column, bool value) => new(column, XlCellKind.Bool, value ? 1 : 0, null, null, null);

    /// <summary>A text cell (never a formula, whatever it starts with).</summary>
    public static XlCell FromText(int column, string? text) => new(column, XlCellKind.Text, 0, text, null, null);

    /// <summary>A hyperlink cell; plain text unless <paramref name="url"/> is an absolute http/https URL.</summary>
    public static XlCell FromLink(int column, string? text, string? url) => new(column, XlCellKind.Link, 0, text, url, null);

    /// <summary>A cell that copies the template row's formula for this column, shifted to the generated row.</summary>
    public static XlCell TemplateFormula(int column) => new(column, XlCellKind.Formula, 0, null, null, null);
}
