using ClosedXML.Excel;

namespace ReportAutomation.TemplateFactory.Sheets;

/// <summary>Small formatting steps every sheet shares: titles, headers, widths, text cells, printing.</summary>
internal static class SheetKit
{
    /// <summary>Writes text as text (never a formula, number or date, whatever it looks like).</summary>
    public static IXLCell Text(IXLCell cell, string text)
    {
        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
        return cell;
    }

    /// <summary>Writes a live formula.</summary>
    public static IXLCell Formula(IXLCell cell, string formula)
    {
        cell.FormulaA1 = formula.TrimStart('=');
        return cell;
    }

    /// <summary>Writes the sheet title (row 1) and a subtitle (row 2), which may hold placeholders.</summary>
    public static void Title(IXLWorksheet sheet, string title, string subtitle)
    {
        var titleCell = Text(sheet.Cell(1, 1), title);
        titleCell.Style.Font.Bold = true;
        titleCell.Style.Font.FontSize = 16;
        titleCell.Style.Font.FontColor = Palette.Navy;
        sheet.Row(1).Height = 24;

        var subtitleCell = Text(sheet.Cell(2, 1), subtitle);
        subtitleCell.Style.Font.FontColor = Palette.Muted;
        subtitleCell.Style.Font.Italic = true;
    }

    /// <summary>Writes a section heading (bold, navy, rule below) above a block.</summary>
    public static void Section(IXLCell cell, string text, int spanColumns)
    {
        Text(cell, text);
        cell.Style.Font.Bold = true;
        cell.Style.Font.FontSize = 12;
        cell.Style.Font.FontColor = Palette.SectionText;
        var rule = cell.Worksheet.Range(cell.Address.RowNumber, cell.Address.ColumnNumber,
            cell.Address.RowNumber, cell.Address.ColumnNumber + spanColumns - 1);
        rule.Style.Border.BottomBorder = XLBorderStyleValues.Medium;
        rule.Style.Border.BottomBorderColor = Palette.Navy;
    }

    /// <summary>Header look: bold white on navy, thin borders, vertically centred, wrapped.</summary>
    public static void Header(IXLRange range)
    {
        range.Style.Font.Bold = true;
        range.Style.Font.FontColor = Palette.HeaderText;
        range.Style.Fill.BackgroundColor = Palette.Navy;
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.OutsideBorderColor = Palette.Rule;
        range.Style.Border.InsideBorderColor = Palette.Rule;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        range.Style.Alignment.WrapText = true;
        range.Worksheet.Row(range.FirstRow().RowNumber()).Height = 20;
    }

    /// <summary>Thin grey borders on a body range.</summary>
    public static void Body(IXLRange range)
    {
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.OutsideBorderColor = Palette.Rule;
        range.Style.Border.InsideBorderColor = Palette.Rule;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
    }

    /// <summary>Sets column widths explicitly, from column A (AdjustToContents needs libgdiplus, absent on Linux).</summary>
    public static void Widths(IXLWorksheet sheet, params double[] widths)
    {
        for (var i = 0; i < widths.Length; i++)
        {
            sheet.Column(i + 1).Width = widths[i];
        }
    }

    /// <summary>Landscape A4, one page wide, the header row (if any) repeated on every page, a page footer.</summary>
    public static void Printing(IXLWorksheet sheet, int? headerRow)
    {
        var setup = sheet.PageSetup;
        setup.PageOrientation = XLPageOrientation.Landscape;
        setup.PaperSize = XLPaperSize.A4Paper;
        setup.FitToPages(1, 0);
        if (headerRow is { } row)
        {
            setup.SetRowsToRepeatAtTop(row, row);
        }

        setup.Margins.Left = 0.5;
        setup.Margins.Right = 0.5;
        setup.Margins.Top = 0.6;
        setup.Margins.Bottom = 0.6;
        setup.Margins.Header = 0.3;
        setup.Margins.Footer = 0.3;
        setup.Footer.Left.AddText("Weekly IR pack", XLHFOccurrence.AllPages);
        setup.Footer.Center.AddText(XLHFPredefinedText.SheetName, XLHFOccurrence.AllPages);
        setup.Footer.Right.AddText("Page ", XLHFOccurrence.AllPages);
        setup.Footer.Right.AddText(XLHFPredefinedText.PageNumber, XLHFOccurrence.AllPages);
        setup.Footer.Right.AddText(" of ", XLHFOccurrence.AllPages);
        setup.Footer.Right.AddText(XLHFPredefinedText.NumberOfPages, XLHFOccurrence.AllPages);
    }
}
