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
    SourceLocation Origin);
