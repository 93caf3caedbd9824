using ReportAutomation.Rendering.Excel.Streaming;

namespace ReportAutomation.Rendering.Excel.Tests.Streaming;

public sealed class ReferenceShifterTests
{
    // Given: sheet Data, template row 5 expanded to 4 rows (3 extra); 'My Sheet' row 1 to 3 rows; Données and Bob's row 5 to 4 rows.
    private static readonly RowShiftMap Map = new([("Data", 5, 3), ("My Sheet", 1, 2), ("Données", 5, 3), ("Bob's", 5, 3)]);

    [Theory]
    [InlineData("D5", "Data", "D5")]
    [InlineData("D5:D5", "Data", "D5:D8")]
    [InlineData("$D$5:$D$5", "Data", "$D$5:$D$8")]
    [InlineData("E4:E6", "Data", "E4:E9")]
    [InlineData("E5:E9", "Data", "E5:E12")]
    [InlineData("A6", "Data", "A9")]
    [InlineData("$A$6", "Data", "$A$9")]
    [InlineData("A4", "Data", "A4")]
    [InlineData("SUM(D5:D5)*2", "Data", "SUM(D5:D8)*2")]
    [InlineData("Data!D5:D5", "Summary", "Data!D5:D8")]
    [InlineData("SUMIFS(Data!$D$5:$D$5,Data!$B$5:$B$5,\"x\")", "Summary", "SUMIFS(Data!$D$5:$D$8,Data!$B$5:$B$8,\"x\")")]
    [InlineData("'My Sheet'!A1:B2", "Summary", "'My Sheet'!A1:B4")]
    [InlineData("'My Sheet'!$A$2", null, "'My Sheet'!$A$4")]
    [InlineData("A:A", "Data", "A:A")]
    [InlineData("SUM(Data!$A:$C)", "Summary", "SUM(Data!$A:$C)")]
    [InlineData("5:5", "Data", "5:8")]
    [InlineData("$6:$6", "Data", "$9:$9")]
    [InlineData("Data!$4:$4", null, "Data!$4:$4")]
    [InlineData("\"D5\"&D6", "Data", "\"D5\"&D9")]
    [InlineData("\"say \"\"D6\"\"\"&D6", "Data", "\"say \"\"D6\"\"\"&D9")]
    [InlineData("LOG10(D6)", "Data", "LOG10(D9)")]
    [InlineData("SUBTOTAL(109,Table1[Amount])", "Data", "SUBTOTAL(109,Table1[Amount])")]
    [InlineData("Table1[[#This Row],[D6]]*D6", "Data", "Table1[[#This Row],[D6]]*D9")]
    [InlineData("[@Amount]*2", "Data", "[@Amount]*2")]
    [InlineData("SUMIFS(Investments[Amount],Investments[Currency],$B$7)", "Summary", "SUMIFS(Investments[Amount],Investments[Currency],$B$7)")]
    [InlineData("SUMIFS(Data[Amount],Data[Investor],A6,Data[Currency],B6)", "Data", "SUMIFS(Data[Amount],Data[Investor],A9,Data[Currency],B9)")]
    [InlineData("COUNTA(Data[Date])+D6", "Data", "COUNTA(Data[Date])+D9")]
    [InlineData("IFERROR(AVERAGE(SentimentMatrix[Latest]),\"\")", "Data", "IFERROR(AVERAGE(SentimentMatrix[Latest]),\"\")")]
    [InlineData("SUM(Data[[#Data],[Amount]])+SUM(Data[[#Totals],[D5]])", "Data", "SUM(Data[[#Data],[Amount]])+SUM(Data[[#Totals],[D5]])")]
    [InlineData("[1]Data!D6", "Summary", "[1]Data!D6")]
    [InlineData("'[1]Data'!D6", "Summary", "'[1]Data'!D6")]
    [InlineData("SUM(Data:Other!D6)", "Summary", "SUM(Data:Other!D6)")]
    [InlineData("Other!D6", "Data", "Other!D6")]
    [InlineData("D6", "Other", "D6")]
    [InlineData("D6", null, "D6")]
    [InlineData("IF(D6>0,\"=HYPERLINK(\"\"x\"\")\",#N/A)", "Data", "IF(D9>0,\"=HYPERLINK(\"\"x\"\")\",#N/A)")]
    [InlineData("IFERROR(D6/0,#DIV/0!)+D7", "Data", "IFERROR(D9/0,#DIV/0!)+D10")]
    [InlineData("_xlfn.XLOOKUP(A6,A:A,B:B)", "Data", "_xlfn.XLOOKUP(A9,A:A,B:B)")]
    [InlineData("TRUE+Tax*R2D2+ABCD12+XFE7", "Data", "TRUE+Tax*R2D2+ABCD12+XFE7")]
    [InlineData("Data!Tax_Rate*D6", "Summary", "Data!Tax_Rate*D6")]
    [InlineData("D5:D1048576", "Data", "D5:D1048576")]
    [InlineData("SUM({1,2;3,4})+D6", "Data", "SUM({1,2;3,4})+D9")]
    [InlineData("1.5E+10*D6", "Data", "1.5E+10*D9")]
    [InlineData("E5:E5 G2 H7", "Data", "E5:E8 G2 H10")]
    [InlineData("Données!D6", "Summary", "Données!D9")]
    [InlineData("'Bob''s'!D6:D5", "Summary", "'Bob''s'!D9:D8")]
    [InlineData("data!D6", "Summary", "data!D9")]
    [InlineData("SUM(A1:INDEX(D:D,5))+D6", "Data", "SUM(A1:INDEX(D:D,5))+D9")]
    public void Shift_InsertSemantics_MovesAndGrowsReferences(string formula, string? ownSheet, string expected)
    {
        // When
        var actual = ReferenceShifter.Shift(formula, Map, ownSheet);

        // Then
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Shift_TwoTemplateRowsOnOneSheet_AddsTheirRowsCumulatively()
    {
        // Given: rows 5 and 10 of Data gain 3 and 2 rows
        var map = new RowShiftMap([("Data", 5, 3), ("Data", 10, 2)]);

        // When / Then
        Assert.Equal("A16", ReferenceShifter.Shift("A11", map, "Data"));
        Assert.Equal("A5:A15", ReferenceShifter.Shift("A5:A10", map, "Data"));
        Assert.Equal("A13", ReferenceShifter.Shift("A10", map, "Data"));
        Assert.Equal("A4", ReferenceShifter.Shift("A4", map, "Data"));
    }

    [Theory]
    [InlineData("D5*2", 0, "D5*2")]
    [InlineData("D5*2", 2, "D7*2")]
    [InlineData("$D$5+D$5+$D5", 2, "$D$5+D$5+$D7")]
    [InlineData("SUM(D$4:D5)", 2, "SUM(D$4:D7)")]
    [InlineData("D5/D$20", 2, "D7/D$23")]
    [InlineData("D5/D20", 2, "D7/D25")]
    [InlineData("Other!A5+Other!$A$5", 2, "Other!A7+Other!$A$5")]
    [InlineData("\"D5\"", 2, "\"D5\"")]
    public void Render_CopySemantics_ShiftsRelativeRowsByTheRowOffset(string formula, int offset, string expected)
    {
        // Given: the template row 5 of Data, copied to generated row 5 + offset
        var context = new ShiftContext(Map, "Data") { CopyTemplateRow = 5, PostRowDelta = offset };

        // When
        var actual = FormulaTokenizer.Parse(formula).Render(context);

        // Then
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Render_SharedFormulaFollower_ShiftsRelativeRowsAndColumnsBeforeMoving()
    {
        // Given: a shared formula written at D5 and read at E6 (one column right, one row down), on a sheet that does not move
        var context = new ShiftContext(RowShiftMap.None, "Sheet1") { PreRowDelta = 1, PreColumnDelta = 1 };

        // When
        var actual = FormulaTokenizer.Parse("C5*2+$C$5+SUM(A:A)").Render(context);

        // Then
        Assert.Equal("D6*2+$C$5+SUM(B:B)", actual);
    }

    [Fact]
    public void Render_ReferenceFallsOffTheSheet_BecomesRefError()
    {
        // Given: a copy shifted 5 rows up from row 5
        var context = new ShiftContext(RowShiftMap.None, "Sheet1") { PreRowDelta = -5 };

        // When
        var actual = FormulaTokenizer.Parse("Sheet1!D5+1").Render(context);

        // Then
        Assert.Equal("Sheet1!#REF!+1", actual);
    }

    [Fact]
    public void Render_ClonedChartSeries_PointsTemplateRowReferencesAtTheGeneratedRow()
    {
        // Given: a series along template row 5 cloned for generated row offset 2
        var context = new ShiftContext(Map, null) { CloneSheet = "Data", CloneRow = 5, CloneOffset = 2 };

        // When / Then
        Assert.Equal("Data!$B$7:$I$7", FormulaTokenizer.Parse("Data!$B$5:$I$5").Render(context));
        Assert.Equal("Data!$A$7", FormulaTokenizer.Parse("Data!$A$5").Render(context));
        Assert.Equal("Data!$B$4:$I$4", FormulaTokenizer.Parse("Data!$B$4:$I$4").Render(context));
    }

    [Theory]
    [InlineData("SUBTOTAL(109,[Amount])", "SUBTOTAL(109,Deals[Amount])")]
    [InlineData("[@Amount]*2+[@[Unit Price]]", "Deals[@Amount]*2+Deals[@[Unit Price]]")]
    [InlineData("SUM(Deals[[#Totals],[Amount]])", "SUM(Deals[[#Totals],[Amount]])")]
    [InlineData("Other[Amount]+[1]Data!A1", "Other[Amount]+[1]Data!A1")]
    [InlineData("\"[Amount]\"&'[x]'!A1", "\"[Amount]\"&'[x]'!A1")]
    [InlineData("A1*2", "A1*2")]
    public void QualifyStructuredReferences_TableLessReference_GetsTheTableName(string formula, string expected)
    {
        // When
        var actual = FormulaTokenizer.QualifyStructuredReferences(formula, "Deals");

        // Then
        Assert.Equal(expected, actual);
    }
}
