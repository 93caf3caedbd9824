using System.Text;
using System.Text.Unicode;
using CsvHelper;

namespace ReportAutomation.Ingestion.Figures.Csv;

/// <summary>
/// A comma-separated file read strictly with CsvHelper: every malformed, ragged or oversized record becomes an issue with
/// its physical line, and reading goes on after it whenever the input allows.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private readonly string _path;
    private readonly FileIssues _issues;
    private readonly int _maxRecordBytes;
    private readonly CsvReaderOptions _options;
    private readonly long _end;
    private CsvReader _reader = null!;
    private byte[]? _headerBytes;
    private int _headerLines;
    private long _streamBase;
    private int _prefixLength;
    private int _lineOffset;
    private bool _done;
    private char[] _chars = new char[256];

    private CsvTable(string path, FileIssues issues, int maxRecordBytes, long end)
    {
        _path = path;
        _end = end;
        _issues = issues;
        _maxRecordBytes = maxRecordBytes;
        _options = new CsvReaderOptions
        {
            // Strict where CsvHelper is lenient by default: no separator guessing, no recovery from bad quoting,
            // no ragged rows, no unbounded records. Skipped records are reported through OnMalformedRecord.
            Separator = ',',
            HasHeader = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            MissingField = CsvMissingFieldHandling.Throw,
            MaxRecordSize = maxRecordBytes,
            TrackLineNumbers = true,
            PoolStrings = true,
            OnMalformedRecord = OnMalformed,
        };
    }

    /// <summary>The header names as written (not yet trimmed).</summary>
    public IReadOnlyList<string> Header { get; private set; } = [];

    /// <summary>The physical line (1-based, header = 1) where the current record starts.</summary>
    public int Line => (int)_reader.LineNumber + _lineOffset;

    /// <summary>The byte offset in the file where the current record starts.</summary>
    public long BytePosition => _streamBase + _reader.ByteOffset - _prefixLength;

    /// <summary>
    /// True when a record ran past the end of the input (a quote never closed, or a record crossing the end of a range):
    /// a range read this way does not end at a record boundary.
    /// </summary>
    public bool EndedInsideRecord { get; private set; }

    /// <summary>
    /// Opens <paramref name="path"/>, read up to byte <paramref name="end"/> (exclusive), and reads its header; null, with
    /// an issue, when it has no usable header.
    /// </summary>
    public static CsvTable? Open(string path, FileIssues issues, int maxRecordBytes, long end = long.MaxValue)
    {
        var table = new CsvTable(path, issues, maxRecordBytes, end);
        if (end == long.MaxValue)
        {
            table._reader = CsvReader.FromFile(path, table._options);
        }
        else
        {
            var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            table._reader = CsvReader.Create(new PrefixedStream([], file, end), table._options);
        }

        return ReadHeader(table, issues, maxRecordBytes);
    }

    /// <summary>
    /// Opens <paramref name="path"/> from byte <paramref name="start"/>, which must start a record, as if it followed the
    /// header row: the second part of a file read in two; <paramref name="lineBreaksBefore"/> keeps line numbers exact.
    /// </summary>
    public static CsvTable? OpenAt(string path, FileIssues issues, int maxRecordBytes, long start, int lineBreaksBefore)
    {
        var table = new CsvTable(path, issues, maxRecordBytes, long.MaxValue);
        if (!table.ReopenAt(start, lineBreaksBefore + 1))
        {
            issues.Add(1, null, null, "the header row cannot be read; the file was skipped");
            return null;
        }

        return ReadHeader(table, issues, maxRecordBytes);
    }

    private static CsvTable? ReadHeader(CsvTable table, FileIssues issues, int maxRecordBytes)
    {
        try
        {
            table.Header = table._reader.Headers;
        }
        catch (CsvFormatException e)
        {
            issues.Add(1, null, null, $"the header row cannot be read: {Describe(e, maxRecordBytes)}; the file was skipped");
            table.Dispose();
            return null;
        }

        if (table.Header.Count == 0 || (table.Header.Count == 1 && TableSchema.CleanName(table.Header[0]).Length == 0))
        {
            issues.Add(null, null, null, "file is empty (no header row); the file was skipped");
            table.Dispose();
            return null;
        }

        return table;
    }

    /// <summary>Moves to the next well-formed record; false at the end of the input or when the rest cannot be read.</summary>
    public bool Read()
    {
        while (!_done)
        {
            bool more;
            try
            {
                more = _reader.Read();
            }
            catch (CsvFormatException e)
            {
                var line = (int)e.LineNumber + _lineOffset;
                _issues.Add(line, null, null, $"record cannot be read: {Describe(e, _maxRecordBytes)}; it was skipped");
                if (!Resume(_streamBase + (e.ByteOffset - _prefixLength), line))
                {
                    _done = true;
                }

                continue;
            }

            if (!more)
            {
                _done = true;
                return false;
            }

            var raw = _reader.RawRecord;
            if (raw.Length > _maxRecordBytes)
            {
                // CsvHelper reads a long record that is already buffered; the cap is ours to enforce.
                _issues.Add(Line, null, null, $"record is longer than the limit of {_maxRecordBytes} bytes; it was skipped");
                continue;
            }

            if (!Utf8.IsValid(raw))
            {
                // CsvHelper would decode the bad bytes as U+FFFD and the row would flow with a changed name in it.
                ReportNotUtf8();
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>Field <paramref name="index"/> as a string, trimmed; empty for an empty field.</summary>
    public string GetString(int index)
    {
        var s = _reader.GetString(index) ?? string.Empty;
        return s.Length > 0 && (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1])) ? s.Trim() : s;
    }

    /// <summary>Field <paramref name="index"/> as UTF-8 bytes, untrimmed; valid until the next record.</summary>
    public ReadOnlySpan<byte> GetBytes(int index) => _reader.GetSpan(index);

    /// <summary>Field <paramref name="index"/> as characters, trimmed; valid until the next call.</summary>
    public ReadOnlySpan<char> GetChars(int index)
    {
        var bytes = _reader.GetSpan(index);
        if (_chars.Length < bytes.Length)
        {
            _chars = new char[bytes.Length * 2];
        }

        var n = Encoding.UTF8.GetChars(bytes, _chars);
        return _chars.AsSpan(0, n).Trim();
    }

    /// <inheritdoc />
    public void Dispose() => _reader?.Dispose();

    private void ReportNotUtf8()
    {
        var column = 0;
        while (column < _reader.FieldCount && Utf8.IsValid(_reader.GetRawSpan(column)))
        {
            column++;
        }

        var name = column < Header.Count ? TableSchema.CleanName(Header[column]) : $"column {column + 1}";
        var value = column < _reader.FieldCount ? Encoding.UTF8.GetString(_reader.GetRawSpan(column)) : null;
        _issues.Add(
            Line,
            name,
            value,
            "text is not valid UTF-8 (was the file saved as Windows-1252 or Latin-1? save it as UTF-8); the row was skipped");
    }

    private static string Describe(CsvFormatException e, int maxRecordBytes) =>
        e.Message.Contains("MaxRecordSize", StringComparison.Ordinal)
            ? $"it is longer than the limit of {maxRecordBytes} bytes (or a quote is never closed)"
            : e.Message;

    /// <summary>Steps over the record at <paramref name="recordStart"/> and reads on with a new reader after it.</summary>
    private bool Resume(long recordStart, int recordLine)
    {
        if (!RecordScanner.TryFindEnd(_path, recordStart, out var next, out var breaks) || next > _end)
        {
            EndedInsideRecord = true;
            _issues.Add(recordLine, null, null, "the input ends inside this record (a quote is never closed?); nothing after it was read");
            return false;
        }

        return ReopenAt(next, recordLine + breaks);
    }

    /// <summary>Reads on with a new reader over the header row and then the file from <paramref name="start"/>, the start of line <paramref name="line"/>.</summary>
    private bool ReopenAt(long start, int line)
    {
        if (_headerBytes is null)
        {
            if (!RecordScanner.TryFindEnd(_path, 0, out var headerEnd, out _headerLines))
            {
                return false;
            }

            _headerBytes = new byte[headerEnd];
            using var head = File.OpenRead(_path);
            head.ReadExactly(_headerBytes);
        }

        var tail = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        tail.Seek(start, SeekOrigin.Begin);
        _reader?.Dispose();
        _reader = CsvReader.Create(new PrefixedStream(_headerBytes, tail, _end - start), _options);
        _streamBase = start;
        _prefixLength = _headerBytes.Length;

        // The new reader counts the repeated header as its first lines; its next line is the file's line at start.
        _lineOffset = line - (_headerLines + 1);
        return true;
    }

    private void OnMalformed(CsvMalformedRecord record)
    {
        var line = (int)record.LineNumber + _lineOffset;
        var reason = record.Reason switch
        {
            CsvMalformedReason.FieldCountMismatch =>
                $"row has {CountFields(record.RawRecord)} fields but the header has {Header.Count}; it was skipped",
            CsvMalformedReason.StrayQuote => "a quote inside an unquoted field; the row was skipped",
            CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a field; the row was skipped",
            CsvMalformedReason.UnterminatedQuote => Unterminated(),
            _ => $"malformed row ({record.Reason}); it was skipped",
        };
        _issues.Add(line, null, record.RawRecord, reason);
    }

    private string Unterminated()
    {
        EndedInsideRecord = true;
        return "a quote is never closed; this row and everything after it were skipped";
    }

    private static int CountFields(string raw)
    {
        var count = 1;
        var inQuotes = false;
        foreach (var c in raw)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (c == ',' && !inQuotes)
            {
                count++;
            }
        }

        return count;
    }
}
