using System.Globalization;

namespace ReportAutomation.Ingestion.Figures.Parsing;

/// <summary>The decimal and thousands separators of one culture, as the number parser uses them.</summary>
internal sealed class NumberFormat
{
    private NumberFormat(string cultureName, char decimalSeparator, char groupSeparator)
    {
        CultureName = cultureName;
        DecimalSeparator = decimalSeparator;
        GroupSeparator = groupSeparator;
        GroupIsSpace = groupSeparator is ' ' or '\u00A0' or '\u202F';
    }

    /// <summary>The culture's name, "invariant" for the invariant culture.</summary>
    public string CultureName { get; }

    /// <summary>The character between the integer and the fraction, e.g. '.' (invariant) or ',' (de-DE).</summary>
    public char DecimalSeparator { get; }

    /// <summary>The thousands separator, e.g. ',' (invariant) or '.' (de-DE).</summary>
    public char GroupSeparator { get; }

    /// <summary>Whether the thousands separator is a kind of space (fr-FR), so that any space counts as one.</summary>
    public bool GroupIsSpace { get; }

    /// <summary>The separators of <paramref name="culture"/>; multi-character separators fall back to the invariant ones.</summary>
    public static NumberFormat For(CultureInfo culture)
    {
        var nf = culture.NumberFormat;
        var dec = nf.NumberDecimalSeparator.Length == 1 ? nf.NumberDecimalSeparator[0] : '.';
        var group = nf.NumberGroupSeparator.Length == 1 ? nf.NumberGroupSeparator[0] : ',';
        if (group == dec)
        {
            group = dec == ',' ? '.' : ',';
        }

        var name = culture.Name.Length == 0 ? "invariant" : culture.Name;
        return new NumberFormat(name, dec, group);
    }

    /// <summary>Whether <paramref name="c"/> is this culture's thousands separator.</summary>
    public bool IsGroupSeparator(char c) => c == GroupSeparator || (GroupIsSpace && c is ' ' or '\u00A0' or '\u202F');
}
