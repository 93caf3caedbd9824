using ReportAutomation.Core.Templates;
using ReportAutomation.Rendering.Excel.Filling;
using ReportAutomation.Rendering.Excel.Streaming;

namespace ReportAutomation.Rendering.Excel.Tests.Rendering;

public sealed class CellValuesTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Clean_TextOverExcelsLimitWithSurrogatesAtTheCut_NeverExceedsTheLimit(int padding)
    {
        // Given text past 32,767 characters whose cut falls at or around an emoji (a surrogate pair)
        var text = new string('a', CellValues.MaxCellText - 4 + padding) + string.Concat(Enumerable.Repeat("😀", 10));

        // When it is cleaned for a cell
        var cleaned = CellValues.Clean(text);

        // Then it fits, ends with an ellipsis, and never splits a pair
        Assert.True(cleaned.Length <= CellValues.MaxCellText, $"{cleaned.Length} characters");
        Assert.EndsWith("…", cleaned, StringComparison.Ordinal);
        Assert.False(char.IsHighSurrogate(cleaned[^2]));
    }

    [Fact]
    public void Clean_ControlCharacters_AreDroppedAndTabsAndNewlinesKept()
    {
        Assert.Equal("a\tb\nc", CellValues.Clean("a\u0001\tb\n\u0008c"));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\",\"x\")")]
    [InlineData("+SUM(A1)")]
    [InlineData("@cmd")]
    public void ToCell_FormulaLookingText_IsText(string text)
    {
        var cell = CellValues.ToCell(3, text);

        Assert.Equal(XlCellKind.Text, cell.Kind);
        Assert.Equal(text, cell.Text);
    }

    [Fact]
    public void ToCell_TypedValues_KeepTheirTypes()
    {
        Assert.Equal(XlCellKind.Number, CellValues.ToCell(1, 14_300_000_000m).Kind);
        Assert.Equal(new DateTime(2026, 11, 16).ToOADate(), CellValues.ToCell(1, new DateOnly(2026, 11, 16)).Number);
        Assert.Equal(XlCellKind.Bool, CellValues.ToCell(1, true).Kind);
        Assert.Equal(XlCellKind.Empty, CellValues.ToCell(1, null).Kind);
        Assert.Equal(XlCellKind.Link, CellValues.ToCell(1, new LinkValue("Story", "https://news.example.com/a")).Kind);
        Assert.Equal(XlCellKind.Text, CellValues.ToCell(1, new LinkValue("Story", null)).Kind);
    }
}
