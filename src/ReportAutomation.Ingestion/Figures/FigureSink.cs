using ReportAutomation.Core.Model;

namespace ReportAutomation.Ingestion.Figures;

/// <summary>Where the readers of single files put their rows; reports progress and honours cancellation as rows go by.</summary>
internal sealed class FigureSink(IProgress<long>? progress, CancellationToken cancellationToken)
{
    private const int ReportEvery = 16 * 1024;
    private const int EstimateAfter = 1024;
    private const int MaxReserved = 4 * 1024 * 1024;
    private long _rows;
    private long _lastReported;
    private long _fileBytes;
    private long _fileStartRows;
    private int _fileStartInvestments;
    private int _fileStartSentiment;

    /// <summary>The investment rows read so far.</summary>
    public List<InvestmentFigure> Investments { get; } = [];

    /// <summary>The sentiment rows read so far.</summary>
    public List<SentimentFigure> Sentiment { get; } = [];

    /// <summary>Data rows seen so far, good or bad.</summary>
    public long Rows => _rows;

    /// <summary>Where the current file's reader is, in bytes, when it knows (CSV); used to estimate the file's rows.</summary>
    public Func<long>? BytePosition { get; set; }

    /// <summary>Tells the sink a file of <paramref name="bytes"/> is next, so its rows can be estimated once a few are read.</summary>
    public void ExpectBytes(long bytes)
    {
        _fileBytes = bytes;
        _fileStartRows = _rows;
        _fileStartInvestments = Investments.Count;
        _fileStartSentiment = Sentiment.Count;
    }

    /// <summary>Counts one data row, good or bad.</summary>
    public void RowSeen()
    {
        _rows++;
        if (_rows - _fileStartRows == EstimateAfter && _fileBytes > 0)
        {
            Reserve();
        }

        if (_rows - _lastReported >= ReportEvery)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _lastReported = _rows;
            progress?.Report(_rows);
        }
    }

    /// <summary>A sink for a part of the current file read on another thread: same cancellation, no progress reports.</summary>
    public FigureSink Fork() => new(null, cancellationToken);

    /// <summary>Where the sink is now, to go back to with <see cref="Rollback"/>.</summary>
    public (int Investments, int Sentiment, long Rows) Mark() => (Investments.Count, Sentiment.Count, _rows);

    /// <summary>Forgets what was added since <paramref name="mark"/>.</summary>
    public void Rollback((int Investments, int Sentiment, long Rows) mark)
    {
        Investments.RemoveRange(mark.Investments, Investments.Count - mark.Investments);
        Sentiment.RemoveRange(mark.Sentiment, Sentiment.Count - mark.Sentiment);
        _rows = mark.Rows;
        _lastReported = Math.Min(_lastReported, _rows);
    }

    /// <summary>Adds the rows of <paramref name="part"/>, a later part of the current file, after these.</summary>
    public void Append(FigureSink part)
    {
        Investments.AddRange(part.Investments);
        Sentiment.AddRange(part.Sentiment);
        _rows += part._rows;
        cancellationToken.ThrowIfCancellationRequested();
        if (_rows - _lastReported >= ReportEvery)
        {
            _lastReported = _rows;
            progress?.Report(_rows);
        }
    }

    /// <summary>Reports the final count.</summary>
    public void Flush()
    {
        if (_rows != _lastReported)
        {
            _lastReported = _rows;
            progress?.Report(_rows);
        }
    }

    private void Reserve()
    {
        // Growing a list of a million rows copies it twenty times and churns the large object heap, which triggers
        // full collections of everything read so far; one estimate from the first rows avoids most of that.
        if (BytePosition?.Invoke() is not { } position || position <= 0)
        {
            return;
        }

        var estimate = (int)Math.Min(_fileBytes * (double)EstimateAfter / position * 1.05, MaxReserved);
        if (Investments.Count - _fileStartInvestments >= Sentiment.Count - _fileStartSentiment)
        {
            Investments.EnsureCapacity(Investments.Count + estimate);
        }
        else
        {
            Sentiment.EnsureCapacity(Sentiment.Count + estimate);
        }
    }
}
