using System.Globalization;
using ReportAutomation.TestKit;

namespace ReportAutomation.Rendering.Excel.Tests.Rendering;

/// <summary>Has LibreOffice recalculate a workbook and export every sheet's raw values as CSV.</summary>
internal static class LibreOfficeCsv
{
    // 44 = comma, 34 = quote, 76 = UTF-8, 1 = from line 1, ..., false = raw values not "as shown", ..., -1 = every sheet.
    private const string Filter = "Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    public static Dictionary<string, List<string[]>> AllSheets(string xlsx, string folder)
    {
        var outDir = Path.Combine(folder, "lo-csv");
        Directory.CreateDirectory(outDir);
        LibreOffice.Convert(xlsx, "csv", outDir, Filter, expectExactName: false);
        var prefix = Path.GetFileNameWithoutExtension(xlsx) + "-";
        var sheets = Directory.GetFiles(outDir, "*.csv").ToDictionary(
            f => Path.GetFileNameWithoutExtension(f)[prefix.Length..],
            f => File.ReadAllLines(f).Select(Split).ToList());
        Assert.True(sheets.Count > 0, "LibreOffice exported no sheets from " + xlsx);
        return sheets;
    }

    private static string[] Split(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return [.. fields];
    }
}
