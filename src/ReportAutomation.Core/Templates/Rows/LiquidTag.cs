namespace ReportAutomation.Core.Templates.Rows;

/// <summary>One <c>{% … %}</c> tag found in a text: where it is, its name and what follows the name.</summary>
/// <param name="Start">Index of <c>{%</c>.</param>
/// <param name="End">Index just after <c>%}</c>.</param>
/// <param name="Name">Tag name, e.g. <c>for</c>, <c>endfor</c>.</param>
/// <param name="Markup">The rest of the tag, trimmed, e.g. <c>x in investments limit: 10</c>.</param>
internal sealed record LiquidTag(int Start, int End, string Name, string Markup)
{
    private static readonly HashSet<string> BlockNames = new(StringComparer.Ordinal)
    {
        "for", "if", "unless", "case", "capture", "tablerow", "comment", "raw", "ifchanged",
    };

    /// <summary>+1 for a block opener, -1 for its end tag, 0 otherwise.</summary>
    public int Depth => BlockNames.Contains(Name) ? 1 : Name.StartsWith("end", StringComparison.Ordinal) && BlockNames.Contains(Name[3..]) ? -1 : 0;
}
