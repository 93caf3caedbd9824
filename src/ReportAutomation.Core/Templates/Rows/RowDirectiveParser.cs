using System.Text.RegularExpressions;
using Fluid.Ast;
using ReportAutomation.Core.Templates.Fluid;

namespace ReportAutomation.Core.Templates.Rows;

/// <summary>
/// Recognises row loops and row conditions: the first non-empty cell starts with <c>{% for … %}</c> (or <c>{% if … %}</c>)
/// that is not closed in that cell, and the last non-empty cell ends with the matching <c>{% endfor %}</c> (<c>{% endif %}</c>).
/// A loop opened and closed inside one cell is an ordinary in-cell loop.
/// </summary>
internal sealed partial class RowDirectiveParser(FluidRuntime runtime)
{
    /// <summary>The row's directive, or null (with <paramref name="errors"/> saying why when the row looks like a broken one).</summary>
    public RowDirective? Parse(IReadOnlyList<string?> cells, TemplateLocation location, List<TemplateError> errors)
    {
        var first = IndexOfNonEmpty(cells, fromStart: true);
        if (first < 0)
        {
            return null;
        }

        var last = IndexOfNonEmpty(cells, fromStart: false);
        var opening = OpeningTag(cells[first]!);
        if (opening is null)
        {
            ReportStrayEnd(cells, first, last, location, errors);
            return null;
        }

        var endName = "end" + opening.Name;
        var lastText = cells[last]!.TrimEnd();
        var lastTags = TagScanner.Scan(lastText);
        var closes = last != first && lastTags.Count > 0 && lastTags[^1].Name == endName &&
                     lastTags[^1].End == lastText.Length && IsUnmatchedClose(lastTags);
        if (!closes)
        {
            errors.Add(new TemplateError(
                location,
                $"this row starts a row {(opening.Name == "for" ? "loop" : "condition")} with {{% {opening.Name} {opening.Markup} %}} " +
                $"but its last filled cell does not end with {{% {endName} %}}; put {{% {endName} %}} at the end of the row's last cell"));
            return null;
        }

        var tag = ParseTag(opening, location, errors);
        if (tag is null)
        {
            return null;
        }

        var inner = cells.ToArray();
        var firstText = cells[first]!.TrimStart();
        inner[first] = firstText[opening.End..].TrimStart();
        inner[last] = lastText[..lastTags[^1].Start].TrimEnd();
        return tag switch
        {
            ForStatement loop => new RowDirective(RowDirectiveKind.Loop, loop.Identifier, LoopExpression(opening.Markup), inner, location, loop),
            _ => new RowDirective(RowDirectiveKind.Condition, null, opening.Markup, inner, location, tag),
        };
    }

    // The opening tag counts only when it is the very start of the cell and is not closed within that same cell.
    private static LiquidTag? OpeningTag(string text)
    {
        var trimmed = text.TrimStart();
        var tags = TagScanner.Scan(trimmed);
        if (tags.Count == 0 || tags[0].Start != 0 || tags[0].Name is not ("for" or "if"))
        {
            return null;
        }

        var depth = 0;
        foreach (var tag in tags)
        {
            depth += tag.Depth;
            if (depth == 0)
            {
                return null;
            }
        }

        return tags[0];
    }

    private static bool IsUnmatchedClose(List<LiquidTag> tags)
    {
        var depth = 0;
        for (var i = 0; i < tags.Count; i++)
        {
            depth += tags[i].Depth;
            if (depth < 0)
            {
                return i == tags.Count - 1;
            }
        }

        return false;
    }

    private static void ReportStrayEnd(IReadOnlyList<string?> cells, int first, int last, TemplateLocation location, List<TemplateError> errors)
    {
        if (last == first)
        {
            return;
        }

        var tags = TagScanner.Scan(cells[last]!.TrimEnd());
        if (tags.Count > 0 && tags[^1].Name is "endfor" or "endif" && IsUnmatchedClose(tags))
        {
            var opener = tags[^1].Name[3..];
            errors.Add(new TemplateError(
                location,
                $"this row ends with {{% {tags[^1].Name} %}} but its first filled cell does not start with {{% {opener} … %}}"));
        }
    }

    private Statement? ParseTag(LiquidTag opening, TemplateLocation location, List<TemplateError> errors)
    {
        // Fluid also accepts `for x items` (no `in`); a row loop must say what it loops over plainly.
        if (opening.Name == "for" && !LoopMarkup().IsMatch(opening.Markup))
        {
            errors.Add(new TemplateError(
                location, $"syntax error in {{% for {opening.Markup} %}}: write a row loop as {{% for x in collection %}}"));
            return null;
        }

        var source = $"{{% {opening.Name} {opening.Markup} %}}{{% end{opening.Name} %}}";
        var template = runtime.TryParse(source, out var error);
        if (template?.Statements is [ForStatement or IfStatement] statements)
        {
            return statements[0];
        }

        errors.Add(new TemplateError(location, $"syntax error in {{% {opening.Name} {opening.Markup} %}}: {FirstLine(error)}"));
        return null;
    }

    private static string LoopExpression(string markup)
    {
        var index = markup.IndexOf(" in ", StringComparison.Ordinal);
        return index < 0 ? markup : markup[(index + 4)..].Trim();
    }

    private static int IndexOfNonEmpty(IReadOnlyList<string?> cells, bool fromStart)
    {
        for (var k = 0; k < cells.Count; k++)
        {
            var i = fromStart ? k : cells.Count - 1 - k;
            if (!string.IsNullOrWhiteSpace(cells[i]))
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"^[A-Za-z_][\w-]*\s+in\s+\S")]
    private static partial Regex LoopMarkup();

    internal static string FirstLine(string? message) =>
        (message ?? "unreadable").Split('\n')[0].Trim();
}
