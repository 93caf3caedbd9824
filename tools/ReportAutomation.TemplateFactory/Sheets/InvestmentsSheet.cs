using ClosedXML.Excel;

namespace ReportAutomation.TemplateFactory.Sheets;

/// <summary>The Investments sheet: one table row per investment, a totals row, amount highlight and category list.</summary>
internal static class InvestmentsSheet
{
    public const string TableName = "Investments";
    public const string AmountsName = "InvestmentAmounts";
    public const decimal LargeDeal = 1_000_000_000m;

    /// <summary>The categories the Category column's drop-down offers.</summary>
    public static readonly IReadOnlyList<string> Categories =
        ["Equity stake", "Capex", "Acquisition", "Partnership", "Venture round", "Other"];

    /// <summary>Adds the sheet and its defined name to the workbook.</summary>
    public static void Build(XLWorkbook workbook)
    {
        var sheet = workbook.Worksheets.Add(Layout.Investments);
        SheetKit.Title(sheet, "Investments",
            "Week {{ week.label }} ({{ week.start | date: \"d MMM yyyy\" }} to {{ week.end | date: \"d MMM yyyy\" }}), amounts in each row's currency");

        var table = LoopTable.Write(sheet, Layout.HeaderRow, TableName, "{% for x in investments %}",
        [
            new("Date", "{{ x.date }}", NumberFormats.Date),
            new("Investor", "{{ x.investor }}"),
            new("Target", "{{ x.target }}"),
            new("Amount", "{{ x.amount }}", NumberFormats.Amount),
            new("Currency", "{{ x.currency }}"),
            new("Category", "{{ x.category }}"),
            new("Source", "{{ x.source }}"),
            new("Origin", "{{ x.origin }}"),
        ]);

        table.ShowTotalsRow = true;
        table.Field("Date").TotalsRowLabel = "Total";
        // A custom totals formula, qualified with the table name: ClosedXML writes a plain "sum" back as the
        // unqualified SUBTOTAL(109,[Amount]) on every load+save, which LibreOffice shows as #NAME?.
        table.Field("Amount").TotalsRowFormulaA1 = $"SUBTOTAL(109,{TableName}[Amount])";
        var totals = table.TotalsRow();
        totals.Style.Font.Bold = true;
        totals.Style.Border.TopBorder = XLBorderStyleValues.Double;
        totals.Style.Border.TopBorderColor = Palette.Navy;
        totals.Cell(4).Style.NumberFormat.Format = NumberFormats.Amount;

        var amounts = sheet.Range($"{Layout.InvestmentAmountColumn}{Layout.TemplateRow}");
        amounts.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        amounts.AddConditionalFormat().WhenEqualOrGreaterThan((double)LargeDeal)
            .Font.SetBold().Font.SetFontColor(Palette.HighlightText).Fill.SetBackgroundColor(Palette.HighlightFill);

        var validation = sheet.Range($"{Layout.InvestmentCategoryColumn}{Layout.TemplateRow}").SetDataValidation();
        validation.List("\"" + string.Join(",", Categories) + "\"", true);
        validation.IgnoreBlanks = true;
        validation.ErrorStyle = XLErrorStyle.Warning;
        validation.ErrorTitle = "Category";
        validation.ErrorMessage = "Use one of: " + string.Join(", ", Categories) + ".";

        workbook.NamedRanges.Add(AmountsName, Layout.Column(TableName, "Amount"))
            .Comment = "This week's investment amounts (the Investments table's Amount column, whatever rows it has).";

        SheetKit.Widths(sheet, 12, 26, 26, 18, 10, 16, 24, 30);
        sheet.SheetView.FreezeRows(Layout.HeaderRow);
        SheetKit.Printing(sheet, Layout.HeaderRow);
    }
}
