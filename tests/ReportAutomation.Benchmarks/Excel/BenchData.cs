namespace ReportAutomation.Benchmarks.Excel;

/// <summary>The rows every case writes: 10 columns of strings, numbers and dates, the same values in the same order.</summary>
internal static class BenchData
{
    public static readonly string[] Headers = ["Id", "Date", "Investor", "Target", "Amount", "Currency", "Category", "Score", "Published", "Note"];

    private static readonly string[] Investors = Enumerable.Range(0, 50).Select(i => $"Investor {i}").ToArray();
    private static readonly string[] Targets = Enumerable.Range(0, 5000).Select(i => $"Company {i} & Co").ToArray();
    private static readonly string[] Currencies = ["USD", "EUR", "GBP", "CHF"];
    private static readonly string[] Categories = ["Seed", "Series A", "Series B", "Growth", "Debt", "M&A", "IPO", "Grant"];
    private static readonly DateTime Start = new(2026, 1, 1);

    public static int Id(int i) => i + 1;

    public static DateTime Date(int i) => Start.AddDays(i % 365);

    public static string Investor(int i) => Investors[i % Investors.Length];

    public static string Target(int i) => Targets[i % Targets.Length];

    public static double Amount(int i) => (i % 10_000) * 1234.56 / 7;

    public static string Currency(int i) => Currencies[i % Currencies.Length];

    public static string Category(int i) => Categories[i % Categories.Length];

    public static double Score(int i) => (((i * 7919L) % 2001) - 1000) / 1000.0;

    public static DateTime Published(int i) => Start.AddDays(i % 365).AddHours(i % 24);

    public static string Note(int i) => $"Row {i} note <checked>";
}
