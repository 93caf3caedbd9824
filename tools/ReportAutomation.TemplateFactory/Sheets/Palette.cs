using ClosedXML.Excel;

namespace ReportAutomation.TemplateFactory.Sheets;

/// <summary>The few colours the workbook uses, so every sheet looks like one pack.</summary>
internal static class Palette
{
    public static readonly XLColor Navy = XLColor.FromHtml("#1F3864");
    public static readonly XLColor HeaderText = XLColor.White;
    public static readonly XLColor SectionText = XLColor.FromHtml("#1F3864");
    public static readonly XLColor Muted = XLColor.FromHtml("#595959");
    public static readonly XLColor Rule = XLColor.FromHtml("#BFBFBF");
    public static readonly XLColor LabelFill = XLColor.FromHtml("#F2F2F2");
    public static readonly XLColor Link = XLColor.FromHtml("#0563C1");
    public static readonly XLColor HighlightFill = XLColor.FromHtml("#E2EFDA");
    public static readonly XLColor HighlightText = XLColor.FromHtml("#375623");
    public static readonly XLColor ErrorFill = XLColor.FromHtml("#FFC7CE");
    public static readonly XLColor ErrorText = XLColor.FromHtml("#9C0006");
    public static readonly XLColor WarningFill = XLColor.FromHtml("#FFEB9C");
    public static readonly XLColor WarningText = XLColor.FromHtml("#9C5700");
    public static readonly XLColor ScaleLow = XLColor.FromHtml("#F8696B");
    public static readonly XLColor ScaleMid = XLColor.FromHtml("#FFFFFF");
    public static readonly XLColor ScaleHigh = XLColor.FromHtml("#63BE7B");
}
