namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Spools an uncountable row sequence to a temporary file so its length is known before the sheet is written,
/// then replays it; memory stays flat whatever the row count.</summary>
internal sealed class RowSpool : IDisposable
{
    private readonly FileStream _file;

    private RowSpool(FileStream file, int count)
    {
        _file = file;
        Count = count;
    }

    public int Count { get; }

    public static RowSpool Write(IEnumerable<IReadOnlyList<XlCell>> rows, string folder, CancellationToken ct)
    {
        var file = new FileStream(Path.Combine(folder, $"ra-rows-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        var count = 0;
        using (var writer = new BinaryWriter(file, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            foreach (var row in rows)
            {
                writer.Write7BitEncodedInt(row.Count);
                for (var i = 0; i < row.Count; i++)
                {
                    Write(writer, row[i]);
                }

                if ((++count & 0xFFF) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }

                if (count > ExcelLimits.MaxRow)
                {
                    file.Dispose();
                    throw new InvalidOperationException($"More than {ExcelLimits.MaxRow} rows were generated for one template row.");
                }
            }
        }

        return new RowSpool(file, count);
    }

    /// <summary>Replays the rows once; the list handed out is reused from row to row.</summary>
    public IEnumerable<IReadOnlyList<XlCell>> Read()
    {
        _file.Position = 0;
        using var reader = new BinaryReader(_file, System.Text.Encoding.UTF8, leaveOpen: true);
        var cells = new List<XlCell>();
        for (var i = 0; i < Count; i++)
        {
            cells.Clear();
            var n = reader.Read7BitEncodedInt();
            for (var j = 0; j < n; j++)
            {
                cells.Add(Read(reader));
            }

            yield return cells;
        }
    }

    public void Dispose() => _file.Dispose();

    private static void Write(BinaryWriter writer, XlCell cell)
    {
        writer.Write7BitEncodedInt(cell.Column);
        writer.Write((byte)cell.Kind);
        writer.Write(cell.Number);
        WriteOptional(writer, cell.Text);
        WriteOptional(writer, cell.Url);
        WriteOptional(writer, cell.Formula);
    }

    private static XlCell Read(BinaryReader reader) =>
        new(reader.Read7BitEncodedInt(), (XlCellKind)reader.ReadByte(), reader.ReadDouble(), ReadOptional(reader), ReadOptional(reader), ReadOptional(reader));

    private static void WriteOptional(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
