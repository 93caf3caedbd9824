namespace ReportAutomation.Benchmarks.Excel;

/// <summary>One row for MiniExcel, which maps public properties to columns.</summary>
public sealed class BenchRecord
{
    public int Id { get; init; }

    public DateTime Date { get; init; }

    public string Investor { get; init; } = string.Empty;

    public string Target { get; init; } = string.Empty;

    public double Amount { get; init; }

    public string Currency { get; init; } = string.Empty;

    public string Category { get; init; } = string.Empty;

    public double Score { get; init; }

    public DateTime Published { get; init; }

    public string Note { get; init; } = string.Empty;
}
