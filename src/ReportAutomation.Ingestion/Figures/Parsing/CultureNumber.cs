using System.Globalization;

namespace ReportAutomation.Ingestion.Figures.Parsing;

/// <summary>
/// Reads an unsigned number written with a culture's separators, strictly: thousands separators must form groups of
/// exactly three digits, so <c>1,5</c> is never read as 15 under the invariant culture.
/// </summary>
internal static class CultureNumber
{
    private const int MaxFastDigits = 18;

    /// <summary>
    /// Reads <paramref name="text"/> when it is nothing but digits with at most one <paramref name="decimalSeparator"/>
    /// between them (<c>1234567</c>, <c>12.5</c>): the common case, read in one pass. False for anything else, which
    /// <see cref="TryRead"/> then reads or explains; both give the same value where both read.
    /// </summary>
    public static bool TryReadPlain(ReadOnlySpan<char> text, char decimalSeparator, out decimal value)
    {
        value = 0m;
        if (text.IsEmpty || text.Length > MaxFastDigits || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[^1]))
        {
            return false;
        }

        ulong mantissa = 0;
        var scale = -1;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                mantissa = (mantissa * 10) + (ulong)(c - '0');
                scale += scale >= 0 ? 1 : 0;
            }
            else if (c == decimalSeparator && scale < 0)
            {
                scale = 0;
            }
            else
            {
                return false;
            }
        }

        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, false, (byte)Math.Max(scale, 0));
        return true;
    }

    /// <summary>Reads the number at the start of <paramref name="text"/>; <paramref name="consumed"/> is where it ends.</summary>
    public static NumberStatus TryRead(ReadOnlySpan<char> text, NumberFormat format, out decimal value, out int consumed)
    {
        value = 0m;
        consumed = Extent(text, format);
        var number = text[..consumed];
        var status = CheckShape(number, format);
        if (status != NumberStatus.Ok)
        {
            return status;
        }

        ulong mantissa = 0;
        var significant = 0;
        var scale = 0;
        var inFraction = false;
        foreach (var c in number)
        {
            if (c == format.DecimalSeparator)
            {
                inFraction = true;
            }
            else if (char.IsAsciiDigit(c))
            {
                if (significant == 0 && c == '0' && !inFraction)
                {
                    continue;
                }

                if (significant == MaxFastDigits)
                {
                    return SlowRead(number, format, out value);
                }

                mantissa = (mantissa * 10) + (ulong)(c - '0');
                significant++;
                if (inFraction)
                {
                    scale++;
                }
            }
        }

        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, false, (byte)scale);
        return NumberStatus.Ok;
    }

    /// <summary>How many characters belong to the number: digits, decimal separators, and thousands separators followed by a digit.</summary>
    private static int Extent(ReadOnlySpan<char> text, NumberFormat format)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c) || c == format.DecimalSeparator)
            {
                i++;
            }
            else if (format.IsGroupSeparator(c) && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>Digits present, one decimal separator at most, thousands groups of three before it and none after it.</summary>
    private static NumberStatus CheckShape(ReadOnlySpan<char> number, NumberFormat format)
    {
        var groups = 0;
        var run = 0;
        var digits = 0;
        var inFraction = false;
        foreach (var c in number)
        {
            if (char.IsAsciiDigit(c))
            {
                run++;
                digits++;
            }
            else if (c == format.DecimalSeparator)
            {
                if (inFraction || (groups > 0 && run != 3))
                {
                    return NumberStatus.Ambiguous;
                }

                inFraction = true;
                run = 0;
            }
            else
            {
                // A thousands separator: not in the fraction, and never after a run that is not a whole group.
                if (inFraction || run == 0 || (groups > 0 ? run != 3 : run > 3))
                {
                    return NumberStatus.Ambiguous;
                }

                groups++;
                run = 0;
            }
        }

        if (digits == 0)
        {
            return NumberStatus.NoDigits;
        }

        return groups > 0 && !inFraction && run != 3 ? NumberStatus.Ambiguous : NumberStatus.Ok;
    }

    private static NumberStatus SlowRead(ReadOnlySpan<char> number, NumberFormat format, out decimal value)
    {
        // More than 18 significant digits is rare: copy the digits out and let decimal parse them.
        value = 0m;
        if (number.Length > 64)
        {
            return NumberStatus.TooLarge;
        }

        Span<char> buffer = stackalloc char[64];
        var n = 0;
        foreach (var c in number)
        {
            if (char.IsAsciiDigit(c))
            {
                buffer[n++] = c;
            }
            else if (c == format.DecimalSeparator)
            {
                buffer[n++] = '.';
            }
        }

        return decimal.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            ? NumberStatus.Ok
            : NumberStatus.TooLarge;
    }
}
