using ReportAutomation.Core.IO;
using ClosedXML.Excel;
using ReportAutomation.Ingestion.Figures.Parsing;

namespace ReportAutomation.Ingestion.Figures.Xlsx;

/// <summary>
/// Reads one figure workbook: every worksheet whose header row (its first used row) names investment or sentiment
/// columns; rows are reported by their sheet row number, in the file <c>book.xlsx#Sheet</c>.
/// </summary>
internal sealed class XlsxFigureFileReader(FigureReaderOptions options, NumberFormat format)
{
    /// <summary>Reads <paramref name="path"/>; problems of the whole file go to <paramref name="issues"/>, those of a sheet to a new entry of <paramref name="sheetIssues"/>.</summary>
    public IReadOnlyList<string> Read(string path, string file, FileIssues issues, List<FileIssues> sheetIssues, FigureSink sink)
    {
        if (ZipGuard.Check(path, options.MaxXlsxUncompressedBytes) is { } rejected)
        {
            issues.Add(null, null, null, rejected);
            return [];
        }

        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(path);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // ClosedXML reports a damaged workbook with many exception types; any of them means this file is unusable.
            issues.Add(null, null, null, $"cannot be opened as a workbook ({e.GetType().Name}: {e.Message})");
            return [];
        }

        using (workbook)
        {
            var kinds = new List<string>();
            foreach (var sheet in workbook.Worksheets)
            {
                var sheetFile = $"{file}#{sheet.Name}";
                var sheetIssue = new FileIssues(sheetFile, options.MaxIssuesPerFile);
                if (ReadSheet(sheet, sheetFile, sheetIssue, sink) is { } kind)
                {
                    kinds.Add(kind);
                }

                sheetIssues.Add(sheetIssue);
            }

            if (kinds.Count == 0 && sheetIssues.TrueForAll(s => s.Count == 0))
            {
                issues.Add(null, null, null, "no worksheet has an investments or sentiment header row; the file was skipped");
            }

            return kinds;
        }
    }

    private const int HeaderSearchRows = 10;

    private string? ReadSheet(IXLWorksheet sheet, string sheetFile, FileIssues issues, FigureSink sink)
    {
        if (FindHeader(sheet, sheetFile) is not var (header, headerLine))
        {
            // A sheet of notes or a chart beside the data is normal in a workbook: skip it without an issue.
            return null;
        }

        if (!header.Report(issues, headerLine))
        {
            return null;
        }

        var lastRow = sheet.LastRowUsed()?.RowNumber() ?? headerLine;
        var investments = header.Schema == TableSchema.Investments ? new InvestmentRowParser(header, format, options.TimeZone, sheetFile) : null;
        var sentiment = investments is null ? new SentimentRowParser(header, format, options.TimeZone, sheetFile) : null;
        for (var r = headerLine + 1; r <= lastRow; r++)
        {
            var row = sheet.Row(r);
            if (row.IsEmpty())
            {
                continue;
            }

            sink.RowSeen();
            var cells = new XlsxFigureRow(row);
            if (investments?.Parse(cells, r, issues) is { } investment)
            {
                sink.Investments.Add(investment);
            }
            else if (sentiment?.Parse(cells, r, issues) is { } score)
            {
                sink.Sentiment.Add(score);
            }
        }

        return header.Schema.Kind;
    }

    /// <summary>The first of the sheet's first used rows that names investment or sentiment columns (a title may sit above it).</summary>
    private static (HeaderMatch Header, int Line)? FindHeader(IXLWorksheet sheet, string sheetFile)
    {
        var first = sheet.FirstRowUsed()?.RowNumber();
        var last = sheet.LastRowUsed()?.RowNumber();
        if (first is null || last is null)
        {
            return null;
        }

        for (var r = first.Value; r <= Math.Min(last.Value, first.Value + HeaderSearchRows - 1); r++)
        {
            var row = sheet.Row(r);
            var lastColumn = row.LastCellUsed()?.Address.ColumnNumber ?? 0;
            var names = new string[lastColumn];
            for (var c = 1; c <= lastColumn; c++)
            {
                names[c - 1] = XlsxCells.Text(XlsxCells.Value(row.Cell(c)));
            }

            if (FigureKinds.Decide(names, new FileIssues(sheetFile, 1), r, out _) is { } header)
            {
                return (header, r);
            }
        }

        return null;
    }
}
