using System.IO.Compression;
using System.Text;

namespace ReportAutomation.TestKit;

/// <summary>
/// Writes a small zip whose one part inflates to gigabytes of zeros, in milliseconds: one deflated MiB of zeros, ended
/// by a sync flush, is repeated (each copy refers only to itself) and closed by an empty final block.
/// </summary>
public static class ZipBomb
{
    private const int MiB = 1024 * 1024;

    /// <summary>Writes a bomb whose headers honestly declare its <paramref name="mebibytes"/>, and returns its path.</summary>
    public static string Write(string path, int mebibytes) => Write(path, mebibytes, (uint)Math.Min(uint.MaxValue, (long)mebibytes * MiB));

    /// <summary>Writes the bomb; <paramref name="declaredBytes"/> is what its headers claim, honest or not. Returns its path.</summary>
    public static string Write(string path, int mebibytes, uint declaredBytes)
    {
        var deflated = Deflate(mebibytes);
        var name = Encoding.ASCII.GetBytes("xl/worksheets/sheet1.xml");
        using var file = File.Create(path);
        using var w = new BinaryWriter(file);

        // Local file header, then the data.
        w.Write(0x04034b50u);
        w.Write((ushort)20);
        w.Write((ushort)0);
        w.Write((ushort)8);
        w.Write(0u);
        w.Write(0u); // CRC-32: never reached, the sizes give the bomb away first.
        w.Write((uint)deflated.Length);
        w.Write(declaredBytes);
        w.Write((ushort)name.Length);
        w.Write((ushort)0);
        w.Write(name);
        w.Write(deflated);

        // Central directory and its end record.
        var centralStart = (uint)file.Position;
        w.Write(0x02014b50u);
        w.Write((ushort)20);
        w.Write((ushort)20);
        w.Write((ushort)0);
        w.Write((ushort)8);
        w.Write(0u);
        w.Write(0u);
        w.Write((uint)deflated.Length);
        w.Write(declaredBytes);
        w.Write((ushort)name.Length);
        w.Write((ushort)0);
        w.Write((ushort)0);
        w.Write((ushort)0);
        w.Write((ushort)0);
        w.Write(0u);
        w.Write(0u);
        w.Write(name);
        var centralSize = (uint)file.Position - centralStart;
        w.Write(0x06054b50u);
        w.Write((ushort)0);
        w.Write((ushort)0);
        w.Write((ushort)1);
        w.Write((ushort)1);
        w.Write(centralSize);
        w.Write(centralStart);
        w.Write((ushort)0);
        return path;
    }

    private static byte[] Deflate(int mebibytes)
    {
        using var chunk = new MemoryStream();
        using (var deflate = new DeflateStream(chunk, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(new byte[MiB]);
            deflate.Flush();
            chunk.SetLength(chunk.Position);
        }

        var once = chunk.ToArray();
        var flushedLength = FlushedLength(once);
        using var all = new MemoryStream();
        for (var i = 0; i < mebibytes; i++)
        {
            all.Write(once, 0, flushedLength);
        }

        all.Write([0x03, 0x00]);
        return all.ToArray();
    }

    private static int FlushedLength(byte[] bytes)
    {
        // The sync flush ends with an empty stored block: 00 00 FF FF. Anything after it is the stream's final block.
        for (var i = bytes.Length - 4; i >= 0; i--)
        {
            if (bytes[i] == 0 && bytes[i + 1] == 0 && bytes[i + 2] == 0xFF && bytes[i + 3] == 0xFF)
            {
                return i + 4;
            }
        }

        throw new InvalidOperationException("no sync flush marker");
    }
}
