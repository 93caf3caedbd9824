namespace ReportAutomation.Core.Templates.Checking;

/// <summary>What shape a filter's result has, given its input's shape (for checking what follows it).</summary>
internal static class FilterShapes
{
    private static readonly HashSet<string> TextFilters = new(StringComparer.Ordinal)
    {
        "append", "prepend", "upcase", "downcase", "capitalize", "strip", "lstrip", "rstrip", "strip_html", "strip_newlines",
        "truncate", "truncatewords", "replace", "replace_first", "replace_last", "remove", "remove_first", "remove_last",
        "escape", "escape_once", "url_encode", "url_decode", "newline_to_br", "handle", "handleize", "join", "money", "percent",
        "number", "date", "format_date", "format_number", "format_string", "json", "md5", "sha1", "sha256", "base64_encode",
        "base64_decode",
    };

    private static readonly HashSet<string> NumberFilters = new(StringComparer.Ordinal)
    {
        "size", "plus", "minus", "times", "divided_by", "modulo", "round", "ceil", "floor", "abs", "at_least", "at_most", "sum",
    };

    private static readonly HashSet<string> SameListFilters = new(StringComparer.Ordinal)
    {
        "where", "reject", "sort", "sort_natural", "reverse", "uniq", "compact", "concat",
    };

    /// <summary>Filters whose first argument names a field of the list's items.</summary>
    public static IReadOnlySet<string> FieldArgumentFilters { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "map", "where", "reject", "sort", "sort_natural", "sum", "find", "find_index", "has",
    };

    /// <summary>The result shape of <paramref name="filter"/> applied to <paramref name="input"/>.</summary>
    public static TemplateValueShape Result(string filter, TemplateValueShape input, TemplateValueShape? mappedField)
    {
        if (filter == "link")
        {
            return TemplateValueShape.Link;
        }

        if (TextFilters.Contains(filter))
        {
            return TemplateValueShape.Text;
        }

        if (NumberFilters.Contains(filter))
        {
            return TemplateValueShape.Number;
        }

        return (filter, input.Kind) switch
        {
            ("first" or "last" or "find", TemplateValueKind.List) => input.Element ?? TemplateValueShape.Any,
            ("first" or "last", TemplateValueKind.Text) => TemplateValueShape.Text,
            ("map", TemplateValueKind.List) => TemplateValueShape.List(mappedField ?? TemplateValueShape.Any),
            (_, TemplateValueKind.List) when SameListFilters.Contains(filter) => input,
            ("split", _) => TemplateValueShape.List(TemplateValueShape.Text),
            ("default", _) => input,
            _ => TemplateValueShape.Any,
        };
    }
}
