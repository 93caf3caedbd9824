using ReportAutomation.Core.Model;

namespace ReportAutomation.Ingestion.Figures;

/// <summary>Where the readers of single files put their rows; reports progress and honours cancellation as rows go by.</summary>
internal sealed class FigureSink(IProgress<long>? progress, CancellationToken cancellationToken)
{
    private const int ReportEvery = 16 * 1024;
    private long _rows;
    private long _lastReported;

    /// <summary>The investment rows read so far.</summary>
    public List<InvestmentFigure> Investments { get; } = [];

    /// <summary>The sentiment rows read so far.</summary>
    public List<SentimentFigure> Sentiment { get; } = [];

    /// <summary>Data rows seen so far, good or bad.</summary>
    public long Rows => _rows;

    /// <summary>Counts one data row, good or bad.</summary>
    public void RowSeen()
    {
        _rows++;
        if (_rows - _lastReported >= ReportEvery)
        {
            cancellationToken.ThrowIfCancellationRequested();
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
}
