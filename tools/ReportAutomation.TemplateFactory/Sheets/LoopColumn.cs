namespace ReportAutomation.TemplateFactory.Sheets;

/// <summary>One column of a row-loop table: its header text and the template row's cell (a placeholder or a formula).</summary>
/// <param name="Header">Header cell text (may itself be a placeholder).</param>
/// <param name="Cell">Template-row cell: a Liquid text such as <c>{{ x.date }}</c>, or a formula starting with <c>=</c>.</param>
/// <param name="NumberFormat">Number format the rendered typed value keeps, if any.</param>
internal sealed record LoopColumn(string Header, string Cell, string? NumberFormat = null)
{
    /// <summary>Wrap the text (long titles and summaries).</summary>
    public bool Wrap { get; init; }

    /// <summary>Style the cell as a hyperlink (the renderer turns <c>link:</c> values into real links).</summary>
    public bool LooksLikeLink { get; init; }

    /// <summary>Whether the template cell is a live formula rather than a placeholder.</summary>
    public bool IsFormula => Cell.StartsWith('=');
}
