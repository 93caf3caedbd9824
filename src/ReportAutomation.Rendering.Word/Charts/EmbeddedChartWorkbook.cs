using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportAutomation.Core.Charts;
using ReportAutomation.Core.IO;

namespace ReportAutomation.Rendering.Word.Charts;

/// <summary>
/// The small workbook embedded in a Word chart (what Word opens on "Edit data"): categories in column A, one column per
/// series, the series names in row 1. Text from data goes in as inline strings, never as formulas.
/// </summary>
internal static class EmbeddedChartWorkbook
{
    /// <summary>The xlsx bytes for <paramref name="data"/>, its zip entries stamped with <paramref name="time"/>.</summary>
    public static byte[] Build(ChartData data, DateTimeOffset time)
    {
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>("rId1");
            var rows = new SheetData();
            var header = new Row { RowIndex = 1 };
            header.Append(Text("A1", data.Description.CategoryTitle));
            for (var s = 0; s < data.Series.Count; s++)
            {
                header.Append(Text(Column(s + 1) + "1", data.Series[s].Name));
            }

            rows.Append(header);
            for (var c = 0; c < data.Categories.Count; c++)
            {
                var index = (uint)(c + 2);
                var row = new Row { RowIndex = index };
                row.Append(Text($"A{index}", data.Categories[c]));
                for (var s = 0; s < data.Series.Count; s++)
                {
                    if (data.Series[s].Values[c] is { } value)
                    {
                        row.Append(new Cell { CellReference = $"{Column(s + 1)}{index}", CellValue = new CellValue(value.ToString("R", CultureInfo.InvariantCulture)) });
                    }
                }

                rows.Append(row);
            }

            sheetPart.Worksheet = new Worksheet(rows);
            workbook.Workbook.Append(new Sheets(new Sheet { Name = "Sheet1", SheetId = 1, Id = "rId1" }));
        }

        package.Position = 0;
        using var stamped = new MemoryStream();
        ZipStamp.Copy(package, stamped, time);
        return stamped.ToArray();
    }

    /// <summary>The column letters of 0-based column <paramref name="index"/> (A, B, … Z, AA).</summary>
    public static string Column(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static Cell Text(string reference, string text) =>
        new(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve })) { CellReference = reference, DataType = CellValues.InlineString };
}
