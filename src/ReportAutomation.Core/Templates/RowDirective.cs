using Fluid.Ast;

namespace ReportAutomation.Core.Templates;

/// <summary>A table row that is a loop or a condition, with its tags stripped from the cells.</summary>
public sealed class RowDirective
{
    internal RowDirective(
        RowDirectiveKind kind, string? variable, string expression, IReadOnlyList<string?> innerCellTexts, TemplateLocation location, Statement tag)
    {
        Kind = kind;
        Variable = variable;
        Expression = expression;
        InnerCellTexts = innerCellTexts;
        Location = location;
        Tag = tag;
    }

    /// <summary>Loop or condition.</summary>
    public RowDirectiveKind Kind { get; }

    /// <summary>The loop variable (<c>x</c> in <c>for x in investments</c>); null for a condition.</summary>
    public string? Variable { get; }

    /// <summary>The collection (with any <c>limit:</c>/<c>offset:</c>/<c>reversed</c>) or the condition, as written.</summary>
    public string Expression { get; }

    /// <summary>The row's cell texts with the opening and closing tags removed (same length and order as given).</summary>
    public IReadOnlyList<string?> InnerCellTexts { get; }

    /// <summary>Where the row is.</summary>
    public TemplateLocation Location { get; }

    internal Statement Tag { get; }

    /// <inheritdoc />
    public override string ToString() =>
        Kind == RowDirectiveKind.Loop ? $"for {Variable} in {Expression}" : $"if {Expression}";
}
