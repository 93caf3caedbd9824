namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>One end of an A1 reference: a cell (<c>$A$1</c>), a whole column (<c>A</c>, row 0) or a whole row (<c>5</c>, column 0).</summary>
internal readonly record struct RefEnd(int Column, bool ColumnAbsolute, int Row, bool RowAbsolute)
{
    public bool IsCell => Column != 0 && Row != 0;

    public bool IsWholeColumn => Row == 0;

    public bool IsWholeRow => Column == 0;

    /// <summary>Appends the A1 text of this end.</summary>
    public void AppendTo(System.Text.StringBuilder sb)
    {
        if (Column != 0)
        {
            if (ColumnAbsolute)
            {
                sb.Append('$');
            }

            sb.Append(ColumnName.Letters(Column));
        }

        if (Row != 0)
        {
            if (RowAbsolute)
            {
                sb.Append('$');
            }

            sb.Append(Row);
        }
    }
}
