using CsvHelper;

namespace ReportAutomation.Benchmarks.Figures;

/// <summary>The investments row as a CsvHelper user would declare it: a generated mapper, CsvHelper's own parsing.</summary>
[CsvRecord]
internal sealed partial class TypedInvestment
{
    public DateOnly Date { get; set; }

    public string Investor { get; set; } = "";

    public string Target { get; set; } = "";

    public decimal Amount { get; set; }

    public string Currency { get; set; } = "";

    public string Category { get; set; } = "";

    public string? Source { get; set; }
}
