using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace ReportAutomation.Rendering.Excel.Tests.Rendering;

/// <summary>A canonical text dump of a workbook's meaningful content (cells, tables, names, charts, CF, DV), volatile parts skipped,
/// for golden-file comparison and for readable assertions.</summary>
internal static class WorkbookDump
{
    public static string Of(string path)
    {
        using var doc = SpreadsheetDocument.Open(path, false);
        var wbPart = doc.WorkbookPart!;
        var shared = wbPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var sb = new StringBuilder();
        foreach (var name in wbPart.Workbook.DefinedNames?.Elements<DefinedName>() ?? [])
        {
            sb.Append("name ").Append(name.Name).Append(name.LocalSheetId is null ? string.Empty : $"@{name.LocalSheetId.Value}").Append(" = ").AppendLine(name.Text);
        }

        foreach (var sheet in wbPart.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)wbPart.GetPartById(sheet.Id!);
            sb.Append("== sheet ").AppendLine(sheet.Name);
            foreach (var cell in part.Worksheet.Descendants<Cell>())
            {
                var formula = cell.CellFormula?.Text;
                var value = cell.DataType?.Value switch
                {
                    CellValues.SharedString when cell.CellValue is not null => "s:" + shared[int.Parse(cell.CellValue.Text, CultureInfo.InvariantCulture)],
                    CellValues.InlineString => "s:" + (cell.InlineString?.InnerText ?? "<no is element>"),
                    CellValues.Boolean => "b:" + cell.CellValue?.Text,
                    CellValues.String => "str:" + cell.CellValue?.Text,
                    _ => cell.CellValue is null ? null : "n:" + cell.CellValue.Text,
                };
                if (formula is null && value is null)
                {
                    continue;
                }

                sb.Append(cell.CellReference).Append(' ');
                sb.AppendLine(formula is null ? value : "=" + formula);
            }

            foreach (var cf in part.Worksheet.Elements<ConditionalFormatting>())
            {
                sb.Append("cf ").AppendLine(cf.SequenceOfReferences!.InnerText);
            }

            foreach (var dv in part.Worksheet.Descendants<DataValidation>())
            {
                sb.Append("dv ").AppendLine(dv.SequenceOfReferences!.InnerText);
            }

            foreach (var link in part.Worksheet.Descendants<Hyperlink>())
            {
                var target = link.Id is null ? link.Location?.Value : part.HyperlinkRelationships.Single(r => r.Id == link.Id).Uri.ToString();
                sb.Append("link ").Append(link.Reference).Append(" -> ").AppendLine(target);
            }

            foreach (var table in part.TableDefinitionParts.Select(t => t.Table!))
            {
                sb.Append("table ").Append(table.Name).Append(' ').Append(table.Reference).Append(" columns ")
                    .AppendLine(string.Join(" | ", table.TableColumns!.Elements<TableColumn>().Select(c => c.Name!.Value)));
            }

            foreach (var chart in part.DrawingsPart?.ChartParts ?? [])
            {
                foreach (var series in chart.ChartSpace.Descendants().Where(e => e.LocalName == "ser"))
                {
                    sb.Append("chart series ").AppendLine(string.Join(" ; ", series.Descendants<C.Formula>().Select(f => f.Text)));
                }
            }
        }

        return sb.ToString();
    }
}
