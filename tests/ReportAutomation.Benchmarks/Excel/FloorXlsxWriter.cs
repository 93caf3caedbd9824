using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ReportAutomation.Benchmarks.Excel;

/// <summary>The floor: the least work that yields a valid workbook with the same cells (inline strings, styled dates and
/// numbers), hand-written with a StreamWriter straight into a ZipArchive entry. No template, no references to move.</summary>
internal static class FloorXlsxWriter
{
    private static readonly string[] Letters = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"];

    public static void Write(string path, int rows, CompressionLevel level)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create);
        Entry(zip, "[Content_Types].xml", level, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>");
        Entry(zip, "_rels/.rels", level, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Entry(zip, "xl/workbook.xml", level, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        Entry(zip, "xl/_rels/workbook.xml.rels", level, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
        Entry(zip, "xl/styles.xml", level, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts><fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills>"
            + "<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"3\"><xf/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"4\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");

        using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", level).Open(), new UTF8Encoding(false), 1 << 16);
        sheet.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">");
        for (var c = 0; c < BenchData.Headers.Length; c++)
        {
            Text(sheet, c, "1", BenchData.Headers[c]);
        }

        sheet.Write("</row>");
        Span<char> buffer = stackalloc char[32];
        for (var i = 0; i < rows; i++)
        {
            var r = (i + 2).ToString(CultureInfo.InvariantCulture);
            sheet.Write("<row r=\"");
            sheet.Write(r);
            sheet.Write("\">");
            Number(sheet, 0, r, BenchData.Id(i), 0, buffer);
            Number(sheet, 1, r, BenchData.Date(i).ToOADate(), 1, buffer);
            Text(sheet, 2, r, BenchData.Investor(i));
            Text(sheet, 3, r, BenchData.Target(i));
            Number(sheet, 4, r, BenchData.Amount(i), 2, buffer);
            Text(sheet, 5, r, BenchData.Currency(i));
            Text(sheet, 6, r, BenchData.Category(i));
            Number(sheet, 7, r, BenchData.Score(i), 0, buffer);
            Number(sheet, 8, r, BenchData.Published(i).ToOADate(), 1, buffer);
            Text(sheet, 9, r, BenchData.Note(i));
            sheet.Write("</row>");
        }

        sheet.Write("</sheetData></worksheet>");
    }

    private static void Number(StreamWriter w, int column, string row, double value, int style, Span<char> buffer)
    {
        w.Write("<c r=\"");
        w.Write(Letters[column]);
        w.Write(row);
        w.Write(style == 0 ? "\"><v>" : style == 1 ? "\" s=\"1\"><v>" : "\" s=\"2\"><v>");
        value.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture);
        w.Write(buffer[..written]);
        w.Write("</v></c>");
    }

    private static void Text(StreamWriter w, int column, string row, string value)
    {
        w.Write("<c r=\"");
        w.Write(Letters[column]);
        w.Write(row);
        w.Write("\" t=\"inlineStr\"><is><t>");
        if (value.AsSpan().IndexOfAny("<>&") < 0)
        {
            w.Write(value);
        }
        else
        {
            w.Write(value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal));
        }

        w.Write("</t></is></c>");
    }

    private static void Entry(ZipArchive zip, string name, CompressionLevel level, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, level).Open(), new UTF8Encoding(false));
        writer.Write(xml);
    }
}
