using System.Globalization;
using Fluid;
using Fluid.Values;
using ReportAutomation.Core.Templates.Fluid;

namespace ReportAutomation.Core.Templates.Filters;

/// <summary>The report filters (money, percent, number, date, link): their arguments, and their registration in Fluid.</summary>
internal static class FormattingFilters
{
    /// <summary>The most decimals a number or percentage may ask for.</summary>
    public const int MaxDecimals = 10;

    /// <summary>The date format used when <c>date</c> gets none.</summary>
    public const string DefaultDateFormat = "d MMM yyyy";

    /// <summary>Argument names (in positional order) per report filter; positional arguments are renamed to these when parsed.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Signatures { get; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["money"] = ["scale", "currency", "culture"],
            ["percent"] = ["decimals", "sign", "culture"],
            ["number"] = ["decimals", "sign", "culture"],
            ["date"] = ["format", "culture"],
            ["link"] = ["url"],
        };

    /// <summary>The hidden argument carrying the currency found next to a money amount (<c>x.amount</c> → <c>x.currency</c>).</summary>
    public const string ItemCurrency = "item_currency";

    /// <summary>Registers the report filters, replacing Liquid's <c>date</c> (whose strftime formats still work through ours).</summary>
    public static void Register(FilterCollection filters)
    {
        filters.TryGetValue("date", out var liquidDate);
        filters.AddFilter("money", Money);
        filters.AddFilter("percent", Percent);
        filters.AddFilter("number", Number);
        filters.AddFilter("date", (input, arguments, context) => Date(input, arguments, context, liquidDate));
        filters.AddFilter("link", Link);
    }

    private static ValueTask<FluidValue> Money(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (!FilterInputs.TryNumber(input, out var amount))
        {
            return FilterInputs.Nil();
        }

        var currency = FirstCurrency(FilterInputs.Text(arguments, "currency"), FilterInputs.Text(arguments, ItemCurrency))
            ?? FilterInputs.PackCurrency(context);
        var culture = FilterInputs.Culture(arguments, context);
        return FilterInputs.Result(MoneyFormat.Format(amount, FilterInputs.Text(arguments, "scale"), currency, culture));
    }

    private static ValueTask<FluidValue> Percent(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (!FilterInputs.TryNumber(input, out var ratio))
        {
            return FilterInputs.Nil();
        }

        var decimals = FilterInputs.Whole(arguments, "decimals", 1) ?? 1;
        var text = NumberFormat.Percent(ratio, decimals, FilterInputs.Signed(arguments), FilterInputs.Culture(arguments, context));
        return FilterInputs.Result(text);
    }

    private static ValueTask<FluidValue> Number(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (!FilterInputs.TryNumber(input, out var value))
        {
            return FilterInputs.Nil();
        }

        var decimals = FilterInputs.Whole(arguments, "decimals", null);
        var text = NumberFormat.Number(value, decimals, FilterInputs.Signed(arguments), FilterInputs.Culture(arguments, context));
        return FilterInputs.Result(text);
    }

    private static ValueTask<FluidValue> Date(FluidValue input, FilterArguments arguments, TemplateContext context, FilterDelegate? liquidDate)
    {
        if (input.IsNil())
        {
            return FilterInputs.Nil();
        }

        var format = FilterInputs.Text(arguments, "format") ?? DefaultDateFormat;
        if (format.Contains('%', StringComparison.Ordinal) && liquidDate is not null)
        {
            var asDateTime = input is DateOnlyValue d ? new DateTimeValue(new DateTimeOffset(d.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)) : input;
            return liquidDate(asDateTime, new FilterArguments(new StringValue(format)), context);
        }

        var culture = FilterInputs.Culture(arguments, context);
        try
        {
            var text = input switch
            {
                DateOnlyValue d => d.Date.ToString(format, culture),
                DateTimeValue t => ((DateTimeOffset)t.ToObjectValue()).ToString(format, culture),
                StringValue s when s.ToStringValue().Trim() is "now" or "today" => context.Now().ToString(format, culture),
                _ when TryDate(input.ToStringValue(), out var parsed) => parsed.ToString(format, culture),
                _ => null,
            };
            return text is null ? new ValueTask<FluidValue>(input) : FilterInputs.Result(text);
        }
        catch (FormatException)
        {
            // A format that only fails at render time (e.g. built from data): show the value unformatted rather than fail the pack.
            return new ValueTask<FluidValue>(input);
        }
    }

    private static ValueTask<FluidValue> Link(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var url = FilterInputs.Text(arguments, "url");
        if (input.IsNil() && url is null)
        {
            return FilterInputs.Nil();
        }

        var text = input.IsNil() ? null : input.ToStringValue();
        return new ValueTask<FluidValue>(new LinkFluidValue(LinkValue.Create(text, arguments.HasNamed("url") ? url : text)));
    }

    private static string? FirstCurrency(params string?[] candidates) =>
        candidates.FirstOrDefault(MoneyFormat.IsCurrency)?.ToUpperInvariant();

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
