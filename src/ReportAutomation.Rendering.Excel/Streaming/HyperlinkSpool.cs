namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Generated hyperlinks of one sheet, spooled to a temporary file: they are written after sheetData
/// (the hyperlinks element) and again into the sheet's relationships part.</summary>
internal sealed class HyperlinkSpool : IDisposable
{
    private readonly string _folder;
    private FileStream? _file;
    private BinaryWriter? _writer;

    public HyperlinkSpool(string folder)
    {
        _folder = folder;
    }

    public int Count { get; private set; }

    public void Add(int row, int column, string target)
    {
        if (_writer is null)
        {
            _file = new FileStream(Path.Combine(_folder, $"ra-links-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.ReadWrite,
                FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
            _writer = new BinaryWriter(_file, System.Text.Encoding.UTF8, leaveOpen: true);
        }

        _writer.Write(row);
        _writer.Write(column);
        _writer.Write(target);
        Count++;
    }

    /// <summary>Every link in the order added (the relationship id is its 1-based position).</summary>
    public IEnumerable<(int Row, int Column, string Target)> ReadAll()
    {
        if (_file is null || _writer is null)
        {
            yield break;
        }

        _writer.Flush();
        _file.Position = 0;
        using var reader = new BinaryReader(_file, System.Text.Encoding.UTF8, leaveOpen: true);
        for (var i = 0; i < Count; i++)
        {
            yield return (reader.ReadInt32(), reader.ReadInt32(), reader.ReadString());
        }

        _file.Seek(0, SeekOrigin.End);
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _file?.Dispose();
    }
}
