using System.Text;

namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Pre-encoded markup for generated rows, with the prefix the sheet binds to the SpreadsheetML namespace
/// (ClosedXML writes <c>x:</c>; Excel writes none).</summary>
internal sealed class SheetMarkup
{
    public SheetMarkup(string prefix)
    {
        var p = prefix.Length == 0 ? string.Empty : prefix + ":";
        Prefix = p;
        RowOpen = Bytes($"<{p}row r=\"");
        RowClose = Bytes($"</{p}row>");
        CellOpen = Bytes($"<{p}c r=\"");
        ValueOpen = Bytes($"><{p}v>");
        ValueClose = Bytes($"</{p}v></{p}c>");
        BoolTrue = Bytes($" t=\"b\"><{p}v>1</{p}v></{p}c>");
        BoolFalse = Bytes($" t=\"b\"><{p}v>0</{p}v></{p}c>");
        InlineOpen = Bytes($" t=\"inlineStr\"><{p}is><{p}t>");
        InlineOpenPreserve = Bytes($" t=\"inlineStr\"><{p}is><{p}t xml:space=\"preserve\">");
        InlineClose = Bytes($"</{p}t></{p}is></{p}c>");
        FormulaOpen = Bytes($"><{p}f>");
        FormulaClose = Bytes($"</{p}f></{p}c>");
    }

    /// <summary>"x:" or "".</summary>
    public string Prefix { get; }

    public byte[] RowOpen { get; }

    public byte[] RowClose { get; }

    public byte[] CellOpen { get; }

    public byte[] ValueOpen { get; }

    public byte[] ValueClose { get; }

    public byte[] BoolTrue { get; }

    public byte[] BoolFalse { get; }

    public byte[] InlineOpen { get; }

    public byte[] InlineOpenPreserve { get; }

    public byte[] InlineClose { get; }

    public byte[] FormulaOpen { get; }

    public byte[] FormulaClose { get; }

    private static byte[] Bytes(string s) => Encoding.UTF8.GetBytes(s);
}
