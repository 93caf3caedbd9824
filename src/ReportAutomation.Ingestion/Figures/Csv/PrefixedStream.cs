namespace ReportAutomation.Ingestion.Figures.Csv;

/// <summary>
/// A read-only stream of some bytes followed by at most <paramref name="tailLength"/> bytes of another stream: the header
/// row, then the file after a skipped record or from a split point.
/// </summary>
internal sealed class PrefixedStream(byte[] prefix, Stream tail, long tailLength = long.MaxValue) : Stream
{
    private int _position;
    private long _tailLeft = tailLength;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position < prefix.Length)
        {
            var n = Math.Min(buffer.Length, prefix.Length - _position);
            prefix.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        if (_tailLeft <= 0)
        {
            return 0;
        }

        var read = tail.Read(buffer[..(int)Math.Min(buffer.Length, _tailLeft)]);
        _tailLeft -= read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            tail.Dispose();
        }

        base.Dispose(disposing);
    }
}
