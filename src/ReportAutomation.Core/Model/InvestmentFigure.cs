namespace ReportAutomation.Core.Model;

/// <summary>One investment row from the structured figures.</summary>
public sealed record InvestmentFigure(
    DateOnly Date,
    string Investor,
    string Target,
    decimal Amount,
    string Currency,
    string Category,
    string? Source,
    SourceLocation Origin)
{
    /// <summary>The largest absolute amount one row may carry (10^15): ingestion rejects larger ones, and the pack leaves any
    /// that still arrive out of its sums, so no total can overflow (int.MaxValue rows at the cap stay below 2.2 × 10^24).</summary>
    public const decimal MaxAmount = 1_000_000_000_000_000m;

    /// <summary>Why an amount over <see cref="MaxAmount"/> is refused, in the user's words (one wording everywhere).</summary>
    public const string OverMaxReason = "amount is larger than 10^15 (a thousand trillion); check its unit or suffix";
}
