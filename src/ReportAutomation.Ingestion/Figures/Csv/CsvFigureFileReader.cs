using ReportAutomation.Ingestion.Figures.Parsing;

namespace ReportAutomation.Ingestion.Figures.Csv;

/// <summary>Reads one figure CSV: decides its kind from the header, then parses and validates every row.</summary>
internal sealed class CsvFigureFileReader(FigureReaderOptions options, NumberFormat format)
{
    /// <summary>Reads <paramref name="path"/>, reported as <paramref name="file"/>; returns the kind read, or null when skipped.</summary>
    public string? Read(string path, string file, FileIssues issues, FigureSink sink)
    {
        var length = new FileInfo(path).Length;
        if (length > options.SplitCsvAboveBytes
            && CsvSplitPoint.Find(path, length) is { } split
            && TryReadInTwo(path, file, length, split, issues, sink, out var kind))
        {
            return kind;
        }

        return ReadWhole(path, file, issues, sink);
    }

    private string? ReadWhole(string path, string file, FileIssues issues, FigureSink sink)
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

    /// <summary>
    /// Reads the part before <paramref name="split"/> here and the rest on another thread, then puts the rest's rows and
    /// problems after the first's: the same result as one sequential read. False, with nothing added, when the split
    /// turns out not to be a record boundary or the header needs reporting (the caller then reads the file whole).
    /// </summary>
    private bool TryReadInTwo(string path, string file, long length, CsvSplit split, FileIssues issues, FigureSink sink, out string? kind)
    {
        kind = null;
        var firstIssues = new FileIssues(file, options.MaxIssuesPerFile);
        using var table = CsvTable.Open(path, firstIssues, options.MaxRecordChars, split.Start);
        if (table is null)
        {
            return false;
        }

        var header = FigureKinds.Decide(table.Header, firstIssues, 1, out _);
        if (header is null || firstIssues.Count > 0 || !header.Report(firstIssues, 1))
        {
            return false;
        }

        var restIssues = new FileIssues(file, options.MaxIssuesPerFile);
        var rest = sink.Fork();
        var restRead = Task.Run(() => ReadRest(path, file, length, split, header, restIssues, rest), CancellationToken.None);
        var mark = sink.Mark();
        sink.BytePosition = () => table.BytePosition;
        try
        {
            ReadRows(table, new CsvFigureRow(table), header, file, firstIssues, sink);
        }
        catch (Exception)
        {
            ((IAsyncResult)restRead).AsyncWaitHandle.WaitOne();
            throw;
        }
        finally
        {
            sink.BytePosition = null;
        }

        if (!restRead.GetAwaiter().GetResult() || table.EndedInsideRecord)
        {
            sink.Rollback(mark);
            return false;
        }

        issues.Append(firstIssues);
        issues.Append(restIssues);
        sink.Append(rest);
        kind = header.Schema.Kind;
        return true;
    }

    private bool ReadRest(string path, string file, long length, CsvSplit split, HeaderMatch header, FileIssues issues, FigureSink sink)
    {
        using var table = CsvTable.OpenAt(path, issues, options.MaxRecordChars, split.Start, split.LineBreaksBefore);
        if (table is null)
        {
            return false;
        }

        sink.ExpectBytes(length - split.Start);
        sink.BytePosition = () => table.BytePosition - split.Start;
        ReadRows(table, new CsvFigureRow(table), header, file, issues, sink);
        return true;
    }

    private void ReadRows(CsvTable table, CsvFigureRow row, HeaderMatch header, string file, FileIssues issues, FigureSink sink)
    {
        if (header.Schema == TableSchema.Investments)
        {
            var parser = new InvestmentRowParser(header, format, options.TimeZone, file);
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
            var parser = new SentimentRowParser(header, format, options.TimeZone, file);
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
