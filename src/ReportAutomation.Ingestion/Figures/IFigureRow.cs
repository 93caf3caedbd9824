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

    /// <summary>The cell's date when the source stores it typed (a worksheet date).</summary>
    bool TryGetDate(int column, out DateOnly value);
}
