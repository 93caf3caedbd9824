using ClosedXML.Excel;

namespace ReportAutomation.TemplateFactory.Sheets;

/// <summary>The Summary sheet: week facts, the KPI block (live formulas), By investor and Top movers tables.</summary>
internal static class SummarySheet
{
    public const int CurrencyRow = 7;
    public const int KpiHeaderRow = 9;
    public const int ByInvestorHeaderRow = 17;
    public const int ByInvestorTemplateRow = ByInvestorHeaderRow + 1;
    public const int TopMoversHeaderRow = 22;

    private const string CurrencyCell = "$B$7";

    /// <summary>Adds the sheet to the workbook.</summary>
    public static void Build(XLWorkbook workbook)
    {
        var sheet = workbook.Worksheets.Add(Layout.Summary);
        sheet.ShowGridLines = false;
        sheet.SetTabColor(Palette.Navy);
        SheetKit.Title(sheet, "Weekly IR pack", "{{ pack.name }}");
        sheet.Cell(1, 1).Style.Font.FontSize = 20;
        sheet.Row(1).Height = 28;

        WeekFacts(sheet);
        Kpis(sheet);
        ByInvestor(sheet);
        TopMovers(sheet);

        SheetKit.Widths(sheet, 30, 16, 16, 12, 12, 3);
        SheetKit.Printing(sheet, headerRow: null);
    }

    private static void WeekFacts(IXLWorksheet sheet)
    {
        (string Label, string Value, string? Format)[] facts =
        [
            ("Week", "{{ week.label }}", null),
            ("Week start", "{{ week.start }}", NumberFormats.Date),
            ("Week end", "{{ week.end }}", NumberFormats.Date),
            ("Main currency", "{{ totals.currency }}", null),
        ];
        for (var i = 0; i < facts.Length; i++)
        {
            var row = 4 + i;
            var label = SheetKit.Text(sheet.Cell(row, 1), facts[i].Label);
            label.Style.Font.FontColor = Palette.Muted;
            var value = SheetKit.Text(sheet.Cell(row, 2), facts[i].Value);
            value.Style.Font.Bold = true;
            value.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
            if (facts[i].Format is { } format)
            {
                value.Style.NumberFormat.Format = format;
            }
        }
    }

    private static void Kpis(IXLWorksheet sheet)
    {
        var header = KpiHeaderRow;
        string[] titles = ["Measure", "This week", "Prior week", "Change"];
        for (var c = 0; c < titles.Length; c++)
        {
            SheetKit.Text(sheet.Cell(header, c + 1), titles[c]);
        }

        SheetKit.Header(sheet.Range(header, 1, header, 4));
        sheet.Range(header, 2, header, 4).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;

        const string inv = InvestmentsSheet.TableName;
        var invested = header + 1;
        SheetKit.Text(sheet.Cell(invested, 1), "Total invested ({{ totals.currency }})");
        SheetKit.Formula(sheet.Cell(invested, 2),
            $"=SUMIFS({Layout.Column(inv, "Amount")},{Layout.Column(inv, "Currency")},{CurrencyCell})");
        SheetKit.Text(sheet.Cell(invested, 3), "{{ totals.prior_investments }}");
        SheetKit.Formula(sheet.Cell(invested, 4), $"=IF(N(C{invested})=0,\"\",B{invested}/C{invested}-1)");
        sheet.Range(invested, 2, invested, 3).Style.NumberFormat.Format = NumberFormats.AmountShort;
        sheet.Cell(invested, 4).Style.NumberFormat.Format = NumberFormats.PercentChange;

        var deals = invested + 1;
        SheetKit.Text(sheet.Cell(deals, 1), "Deals");
        SheetKit.Formula(sheet.Cell(deals, 2), $"=COUNTA({Layout.Column(inv, "Date")})");

        var articles = deals + 1;
        SheetKit.Text(sheet.Cell(articles, 1), "Articles");
        SheetKit.Formula(sheet.Cell(articles, 2), $"=COUNTA({Layout.Column(ArticlesSheet.TableName, "Title")})");

        var sentiment = articles + 1;
        SheetKit.Text(sheet.Cell(sentiment, 1), "Mean sentiment (entities)");
        SheetKit.Formula(sheet.Cell(sentiment, 2),
            $"=IFERROR(AVERAGE({Layout.Column(SentimentSheet.MatrixTable, "Latest")}),\"\")");
        SheetKit.Formula(sheet.Cell(sentiment, 3),
            $"=IFERROR(AVERAGE({Layout.Column(SentimentSheet.MatrixTable, "Prior")}),\"\")");
        SheetKit.Formula(sheet.Cell(sentiment, 4), $"=IF(COUNT(B{sentiment},C{sentiment})<2,\"\",B{sentiment}-C{sentiment})");
        sheet.Range(sentiment, 2, sentiment, 3).Style.NumberFormat.Format = NumberFormats.Score;
        sheet.Cell(sentiment, 4).Style.NumberFormat.Format = NumberFormats.ScoreChange;

        var issues = sentiment + 1;
        SheetKit.Text(sheet.Cell(issues, 1), "Data issues");
        SheetKit.Formula(sheet.Cell(issues, 2), $"=COUNTA({Layout.Column(DataIssuesSheet.TableName, "Reason")})");

        sheet.Range(deals, 2, deals, 3).Style.NumberFormat.Format = NumberFormats.Count;
        sheet.Range(articles, 2, articles, 3).Style.NumberFormat.Format = NumberFormats.Count;
        sheet.Range(issues, 2, issues, 3).Style.NumberFormat.Format = NumberFormats.Count;

        var body = sheet.Range(invested, 1, issues, 4);
        SheetKit.Body(body);
        body.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        sheet.Range(invested, 1, issues, 1).Style.Fill.BackgroundColor = Palette.LabelFill;
        sheet.Range(invested, 2, issues, 2).Style.Font.Bold = true;
        for (var row = invested; row <= issues; row++)
        {
            sheet.Row(row).Height = 18;
        }
    }

    private static void ByInvestor(IXLWorksheet sheet)
    {
        SheetKit.Section(sheet.Cell(ByInvestorHeaderRow - 1, 1), "By investor", 5);
        var row = ByInvestorTemplateRow;
        const string inv = InvestmentsSheet.TableName;
        var amount = $"=SUMIFS({Layout.Column(inv, "Amount")},{Layout.Column(inv, "Investor")},A{row},{Layout.Column(inv, "Currency")},B{row})";
        LoopTable.Write(sheet, ByInvestorHeaderRow, "ByInvestor", "{% for i in by_investor %}",
        [
            new("Investor", "{{ i.key }}"),
            new("Currency", "{{ i.currency }}"),
            new("Amount", amount, NumberFormats.AmountShort),
            new("Deals", "{{ i.count }}", NumberFormats.Count),

            // What the chart's bars are labelled with: the investor, and the currency when the week mixes currencies.
            new("Chart label", "{{ i.label }}"),
        ]);
    }

    private static void TopMovers(IXLWorksheet sheet)
    {
        SheetKit.Section(sheet.Cell(TopMoversHeaderRow - 1, 1), "Top movers (sentiment)", 5);
        var row = TopMoversHeaderRow + 1;
        LoopTable.Write(sheet, TopMoversHeaderRow, "TopMovers", "{% for m in top_movers %}",
        [
            new("Entity", "{{ m.entity }}"),
            new("Mean", "{{ m.mean }}", NumberFormats.Score),
            new("Prior mean", "{{ m.prior_mean }}", NumberFormats.Score),
            new("Change", $"=IF(COUNT(B{row},C{row})<2,\"\",B{row}-C{row})", NumberFormats.ScoreChange),
            new("Mentions", "{{ m.count }}", NumberFormats.Count),
        ]);
    }
}
