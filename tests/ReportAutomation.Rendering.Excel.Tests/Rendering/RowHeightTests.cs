using ClosedXML.Excel;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Logging.Abstractions;
using ReportAutomation.Core.Pipeline;
using ReportAutomation.Rendering.Excel.Tests.Streaming;
using ReportAutomation.TestKit;

namespace ReportAutomation.Rendering.Excel.Tests.Rendering;

public sealed class RowHeightTests
{
    [Fact]
    public void Render_LongTextInWrappedLoopCell_GetsARowTallEnoughForItsLines()
    {
        // Given a loop row whose Target cell wraps in a 10-wide column, and one long and one short target
        using var temp = new TempFolder("heights");
        var template = SmallTemplate.Create(temp.File("t.xlsx"), wb =>
        {
            var sheet = wb.Worksheet("Investments");
            sheet.Column(3).Width = 10;
            sheet.Cell("C3").Style.Alignment.WrapText = true;
        });
        var pack = Some.Pack(investments:
        [
            Some.Investment(target: string.Join(' ', Enumerable.Repeat("data-labelling", 6)), line: 2),
            Some.Investment(target: "Short", investor: "Zed", line: 3),
        ]);

        // When it is rendered
        var result = new ExcelPackRenderer(NullLogger<ExcelPackRenderer>.Instance)
            .Render(pack, new RenderRequest(template, temp.File("out.xlsx"), System.Globalization.CultureInfo.InvariantCulture));

        // Then the long row is several lines tall and the short one keeps the default height
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        OpenXmlValidation.AssertValid(result.OutputPath!);
        using var book = new XlsxInspector(result.OutputPath!);
        var rows = book.Sheet("Investments").Worksheet.Descendants<Row>().ToDictionary(r => r.RowIndex!.Value);
        Assert.True(rows[3].CustomHeight?.Value == true && rows[3].Height!.Value >= 5 * 15, $"row 3 height {rows[3].Height?.Value}");
        Assert.Null(rows[4].Height);
    }
}
