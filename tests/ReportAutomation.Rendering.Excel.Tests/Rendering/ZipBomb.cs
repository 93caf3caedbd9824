using System.IO.Compression;

namespace ReportAutomation.Rendering.Excel.Tests.Rendering;

/// <summary>An .xlsx-shaped zip whose sheet part inflates to 256 MiB of zeros (only its declared size is ever read).</summary>
internal static class ZipBomb
{
    public static string Create(string path)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        WriteText(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize);
        using var stream = entry.Open();
        var block = new byte[1 << 20];
        for (var i = 0; i < 256; i++)
        {
            stream.Write(block);
        }

        return path;
    }

    private static void WriteText(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(text);
    }
}
