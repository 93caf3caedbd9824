namespace ReportAutomation.Ingestion.Figures.Csv;

/// <summary>
/// Finds where a CSV record ends by scanning raw bytes, quote-aware, in constant memory: how the reader steps over a
/// record too long to buffer.
/// </summary>
internal static class RecordScanner
{
    /// <summary>
    /// Scans from <paramref name="start"/> to the line break that ends the record; false when the input ends first (the
    /// record is the last one, or a quote is never closed).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="start">Byte offset where the record starts.</param>
    /// <param name="next">Byte offset just after the record's line break.</param>
    /// <param name="lineBreaks">Line breaks passed, the closing one included (CR LF counts once).</param>
    public static bool TryFindEnd(string path, long start, out long next, out int lineBreaks)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        stream.Seek(start, SeekOrigin.Begin);
        return TryFindEnd(stream, start, out next, out lineBreaks);
    }

    /// <summary>As <see cref="TryFindEnd(string, long, out long, out int)"/>, over a stream positioned at <paramref name="start"/>.</summary>
    public static bool TryFindEnd(Stream stream, long start, out long next, out int lineBreaks)
    {
        var buffer = new byte[64 * 1024];
        var inQuotes = false;
        var pendingCr = false;
        lineBreaks = 0;
        var position = start;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < read; i++, position++)
            {
                var b = buffer[i];
                if (pendingCr)
                {
                    pendingCr = false;
                    if (!inQuotes)
                    {
                        // A lone CR ended the record; a CR LF pair ends it after the LF.
                        next = b == (byte)'\n' ? position + 1 : position;
                        return true;
                    }

                    if (b == (byte)'\n')
                    {
                        continue;
                    }
                }

                if (b == (byte)'"')
                {
                    inQuotes = !inQuotes;
                }
                else if (b == (byte)'\r')
                {
                    lineBreaks++;
                    pendingCr = true;
                }
                else if (b == (byte)'\n')
                {
                    lineBreaks++;
                    if (!inQuotes)
                    {
                        next = position + 1;
                        return true;
                    }
                }
            }
        }

        next = position;
        return pendingCr && !inQuotes;
    }
}
