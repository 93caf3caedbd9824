using ReportAutomation.Ingestion.Figures.Parsing;

namespace ReportAutomation.Ingestion.Figures.Csv;

/// <summary>The current record of a <see cref="CsvTable"/>: every cell is text; a plain ISO date is read from its bytes.</summary>
internal readonly struct CsvFigureRow(CsvTable table) : IFigureRow
{
    public string GetText(int column) => table.GetString(column);

    public ReadOnlySpan<char> GetChars(int column) => table.GetChars(column);

    public bool TryGetNumber(int column, out double value)
    {
        value = 0;
        return false;
    }

    public bool TryGetDate(int column, out DateOnly value) => IsoDateParser.TryParseDate(table.GetBytes(column), out value);
}
