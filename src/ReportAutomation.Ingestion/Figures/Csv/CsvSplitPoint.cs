using System.Buffers;

namespace ReportAutomation.Ingestion.Figures.Csv;

/// <summary>
/// Finds a record boundary near the middle of a CSV file: the first line feed after the midpoint with an even number of
/// quotes before it (outside any quoted field), counting line breaks on the way so line numbers stay exact.
/// </summary>
internal static class CsvSplitPoint
{
    private const int ChunkBytes = 1024 * 1024;
    private const long MaxSearchBytes = 4 * 1024 * 1024;

    /// <summary>A split near the middle of <paramref name="path"/> (<paramref name="length"/> bytes), or null when none is safe.</summary>
    public static CsvSplit? Find(string path, long length)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            return Find(handle, length, buffer);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static CsvSplit? Find(Microsoft.Win32.SafeHandles.SafeFileHandle handle, long length, byte[] buffer)
    {
        var middle = length / 2;
        long quotes = 0;
        long lineFeeds = 0;
        long returns = 0;
        long pairs = 0;
        var lastWasReturn = false;
        long position = 0;

        // Up to the middle: whole chunks, counted with vectorised searches.
        while (position < middle)
        {
            var span = buffer.AsSpan(0, (int)Math.Min(buffer.Length, middle - position));
            var read = RandomAccess.Read(handle, span, position);
            if (read == 0)
            {
                return null;
            }

            span = span[..read];
            if (position == 0 && span.Length >= 2 && (span[0] == 0xFF || span[0] == 0xFE))
            {
                // UTF-16 or UTF-32 text: quotes and line feeds are not single bytes.
                return null;
            }

            quotes += span.Count((byte)'"');
            lineFeeds += span.Count((byte)'\n');
            var r = span.Count((byte)'\r');
            if (r > 0)
            {
                returns += r;
                pairs += span.Count("\r\n"u8);
            }

            if (lastWasReturn && span[0] == (byte)'\n')
            {
                pairs++;
            }

            lastWasReturn = span[^1] == (byte)'\r';
            position += read;
        }

        // After it: byte by byte to the first line feed outside quotes.
        var limit = Math.Min(length, middle + MaxSearchBytes);
        while (position < limit)
        {
            var span = buffer.AsSpan(0, (int)Math.Min(buffer.Length, limit - position));
            var read = RandomAccess.Read(handle, span, position);
            if (read == 0)
            {
                return null;
            }

            for (var i = 0; i < read; i++)
            {
                var b = span[i];
                if (b == (byte)'"')
                {
                    quotes++;
                }
                else if (b == (byte)'\r')
                {
                    returns++;
                }
                else if (b == (byte)'\n')
                {
                    lineFeeds++;
                    if (lastWasReturn)
                    {
                        pairs++;
                    }

                    // Lone carriage returns are line breaks whose counting is left to the sequential read.
                    if (quotes % 2 == 0 && returns == pairs && lineFeeds <= int.MaxValue)
                    {
                        var start = position + i + 1;
                        return start < length ? new CsvSplit(start, (int)lineFeeds) : null;
                    }
                }

                lastWasReturn = b == (byte)'\r';
            }

            position += read;
        }

        return null;
    }
}
