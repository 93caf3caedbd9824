using ReportAutomation.Ingestion.Figures.Parsing;

namespace ReportAutomation.Ingestion.Figures.Csv;

/// <summary>Reads one figure CSV: decides its kind from the header, then parses and validates every row.</summary>
internal sealed class CsvFigureFileReader(FigureReaderOptions options, NumberFormat format)
{
    /// <summary>Reads <paramref name="path"/>, reported as <paramref name="file"/>; returns the kind read, or null when skipped.</summary>
    public string? Read(string path, string file, FileIssues issues, FigureSink sink)
    {
        using var table = CsvTable.Open(path, issues, options.MaxRecordChars);
        if (table is null)
        {
            return null;
        }

        var header = FigureKinds.Decide(table.Header, issues, 1, out var isWatchList);
        if (header is null)
        {
            return isWatchList ? TableSchema.WatchList.Kind : null;
        }

        if (!header.Report(issues, 1))
        {
            return null;
        }

        var row = new CsvFigureRow(table);
        sink.BytePosition = () => table.BytePosition;
        try
        {
            ReadRows(table, row, header, file, issues, sink);
        }
        finally
        {
            sink.BytePosition = null;
        }

        return header.Schema.Kind;
    }

    private void ReadRows(CsvTable table, CsvFigureRow row, HeaderMatch header, string file, FileIssues issues, FigureSink sink)
    {
        if (header.Schema == TableSchema.Investments)
        {
            var parser = new InvestmentRowParser(header, format, file);
            while (table.Read())
            {
                sink.RowSeen();
                if (parser.Parse(row, table.Line, issues) is { } figure)
                {
                    sink.Investments.Add(figure);
                }
            }
        }
        else
        {
            var parser = new SentimentRowParser(header, format, file);
            while (table.Read())
            {
                sink.RowSeen();
                if (parser.Parse(row, table.Line, issues) is { } figure)
                {
                    sink.Sentiment.Add(figure);
                }
            }
        }
    }
}
