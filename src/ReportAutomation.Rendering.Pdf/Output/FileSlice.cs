namespace ReportAutomation.Rendering.Pdf.Output;

/// <summary>Reads and writes a slice of a file, so the PDF post-processing never loads a whole deck into memory.</summary>
internal static class FileSlice
{
    /// <summary>The <paramref name="count"/> bytes at <paramref name="at"/>.</summary>
    public static byte[] Read(FileStream file, long at, int count)
    {
        var bytes = new byte[count];
        file.Position = at;
        file.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>Overwrites the bytes at <paramref name="at"/>.</summary>
    public static void Write(FileStream file, long at, byte[] bytes)
    {
        file.Position = at;
        file.Write(bytes);
    }
}
