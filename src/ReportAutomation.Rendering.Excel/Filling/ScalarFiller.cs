using ClosedXML.Excel;
using ReportAutomation.Core.Templates;
using ReportAutomation.Rendering.Excel.Streaming;
using ReportAutomation.Rendering.Excel.Templating;

namespace ReportAutomation.Rendering.Excel.Filling;

/// <summary>Fills the template cells outside loops through ClosedXML, keeping each cell's number format.</summary>
internal static class ScalarFiller
{
    /// <summary>Evaluates and writes every scalar cell.</summary>
    public static void Fill(TemplateScope scope, IEnumerable<ScalarCell> cells)
    {
        foreach (var scalar in cells)
        {
            Write(scalar.Cell, CellValues.ToCell(scalar.Cell.Address.ColumnNumber, scalar.Template.Evaluate(scope)));
        }
    }

    /// <summary>Writes one typed value into a ClosedXML cell; text goes in as text, never as a formula.</summary>
    public static void Write(IXLCell cell, XlCell value)
    {
        switch (value.Kind)
        {
            case XlCellKind.Number:
                cell.SetValue(value.Number);
                break;
            case XlCellKind.Date:
                cell.SetValue(DateTime.FromOADate(value.Number));
                break;
            case XlCellKind.Bool:
                cell.SetValue(value.Number != 0);
                break;
            case XlCellKind.Link:
                cell.SetValue(CellValues.Clean(value.Text!));
                if (LinkTarget.TryGet(value.Url) is { } target)
                {
                    cell.Hyperlink = new XLHyperlink(new Uri(target));
                }

                break;
            case XlCellKind.Text:
                cell.SetValue(CellValues.Clean(value.Text!));
                break;
            default:
                cell.Clear(XLClearOptions.Contents);
                break;
        }
    }
}
