namespace ReportAutomation.Core.Model;

/// <summary>A sum of investments for one key (investor or category) in one currency.</summary>
public sealed record InvestmentTotal(string Key, string Currency, decimal Amount, int Count);
