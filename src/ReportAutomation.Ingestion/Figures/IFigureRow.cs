namespace ReportAutomation.Ingestion.Figures;

/// <summary>One data row of a figure table, CSV or worksheet, as the row parsers read it.</summary>
internal interface IFigureRow
{
    /// <summary>The cell at <paramref name="column"/> as trimmed text; empty when the cell is empty.</summary>
    string GetText(int column);

    /// <summary>The cell as trimmed characters, valid until the next call on this row.</summary>
    ReadOnlySpan<char> GetChars(int column);

    /// <summary>The cell's number when the source stores it typed (a numeric worksheet cell).</summary>
    bool TryGetNumber(int column, out double value);

    /// <summary>
    /// The cell's date when it can be read without text: a worksheet date, or a plain <c>yyyy-MM-dd</c> in CSV bytes.
    /// False sends the cell to the text parser, which reads the other ISO forms or reports the problem.
    /// </summary>
    bool TryGetDate(int column, out DateOnly value);
}
