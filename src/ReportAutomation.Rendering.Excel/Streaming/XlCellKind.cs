namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>What a generated cell holds.</summary>
public enum XlCellKind
{
    /// <summary>No value; the cell keeps the template cell's style.</summary>
    Empty,

    /// <summary>A number written as is.</summary>
    Number,

    /// <summary>An OLE Automation date serial in <see cref="XlCell.Number"/>; the template cell's style carries the date format.</summary>
    Date,

    /// <summary>TRUE when <see cref="XlCell.Number"/> is not zero.</summary>
    Bool,

    /// <summary>Text, always written as a string and never as a formula.</summary>
    Text,

    /// <summary>Text with an absolute http/https <see cref="XlCell.Url"/> written as a real hyperlink; any other URL gives plain text.</summary>
    Link,

    /// <summary><see cref="XlCell.Formula"/> as written, or the template row's own formula for that column (shifted to the row) when it is null.</summary>
    Formula,
}
