using ReportAutomation.Core.Model;
using ReportAutomation.Ingestion.Figures.Parsing;

namespace ReportAutomation.Ingestion.Figures;

/// <summary>Turns investment rows into <see cref="InvestmentFigure"/>s, reporting every bad field of a row.</summary>
internal sealed class InvestmentRowParser(HeaderMatch header, NumberFormat format, TimeZoneInfo? zone, string file)
{
    private readonly int _date = header.Indices[0];
    private readonly int _investor = header.Indices[1];
    private readonly int _target = header.Indices[2];
    private readonly int _amount = header.Indices[3];
    private readonly int _currency = header.Indices[4];
    private readonly int _category = header.Indices[5];
    private readonly int _source = header.Indices[6];
    private const int MaxCachedCodes = 256;
    private readonly Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> _codes =
        new Dictionary<string, string?>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The figure in <paramref name="row"/>, or null when a field is bad (each problem is in <paramref name="issues"/>).</summary>
    public InvestmentFigure? Parse<TRow>(in TRow row, int line, FileIssues issues)
        where TRow : struct, IFigureRow
    {
        var ok = true;
        var date = RowFields.Date(row, _date, zone, line, issues, ref ok);
        if (header.Unnamed.Count > 0)
        {
            RowFields.Unnamed(row, header.Unnamed, line, issues);
        }

        var investor = RowFields.Required(row, _investor, "investor", line, issues, ref ok);
        var target = RowFields.Required(row, _target, "target", line, issues, ref ok);
        var category = RowFields.Required(row, _category, "category", line, issues, ref ok);
        var source = RowFields.Optional(row, _source);
        var amount = ReadAmount(row, line, issues, ref ok);
        var currency = ResolveCurrency(row.GetChars(_currency), amount, line, issues, ref ok);
        return ok ? new InvestmentFigure(date, investor, target, amount.Value, currency!, category, source, new SourceLocation(file, line)) : null;
    }

    private AmountText ReadAmount<TRow>(in TRow row, int line, FileIssues issues, ref bool ok)
        where TRow : struct, IFigureRow
    {
        if (row.TryGetNumber(_amount, out var number))
        {
            if (number < 0 || !double.IsFinite(number) || number > (double)InvestmentFigure.MaxAmount)
            {
                var problem = number < 0 ? "amount is negative" : InvestmentFigure.OverMaxReason;
                issues.Add(line, "amount", number.ToString(System.Globalization.CultureInfo.InvariantCulture), problem);
                ok = false;
                return default;
            }

            return new AmountText((decimal)number, null, '\0');
        }

        var text = row.GetChars(_amount);
        if (AmountParser.TryParse(text, format, out var amount, out var reason))
        {
            return amount;
        }

        issues.Add(line, "amount", text.ToString(), reason!);
        ok = false;
        return default;
    }

    private string? ResolveCurrency(ReadOnlySpan<char> column, AmountText amount, int line, FileIssues issues, ref bool ok)
    {
        if (column.Length == 0)
        {
            if (amount.Currency is { } fromText)
            {
                return fromText;
            }

            if (ok)
            {
                issues.Add(line, "currency", null, "currency is empty and the amount has no currency symbol or code");
                ok = false;
            }

            return null;
        }

        if (!_codes.TryGetValue(column, out var code))
        {
            // A file names a handful of currencies: check each spelling once, looked up by its characters (no string per row).
            code = CurrencySymbols.IsKnownCode(column) ? CurrencySymbols.Normalize(column) : null;
            if (_codes.Dictionary.Count < MaxCachedCodes)
            {
                _codes.Dictionary[column.ToString()] = code;
            }
        }

        if (code is null)
        {
            issues.Add(line, "currency", column.ToString(), "currency must be a three-letter ISO 4217 code such as USD");
            ok = false;
            return null;
        }

        // The currency column wins; a symbol or code in the amount must agree with it.
        if (amount.Contradicts(code))
        {
            issues.Add(line, "currency", column.ToString(), $"the amount is written in {amount.Written} but the currency column says {code}");
            ok = false;
            return null;
        }

        return code;
    }
}
