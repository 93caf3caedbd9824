using System.Globalization;
using ReportAutomation.Core.Model;
using ReportAutomation.Ingestion.Figures;
using ReportAutomation.Ingestion.Figures.Csv;
using ReportAutomation.Ingestion.Figures.Parsing;

namespace ReportAutomation.Benchmarks.Figures;

/// <summary>
/// Where the time of reading investments goes (`figures --stages`): each line adds one stage of our reader to the one
/// before, over the same file, without hashing.
/// </summary>
internal static class FigureStages
{
    private const int Investor = 1;
    private const int Target = 2;
    private const int Category = 5;
    private const int Source = 6;

    /// <summary>Measures the stages on <paramref name="path"/>, best of <paramref name="runs"/>, and prints them.</summary>
    public static void Run(string path, int runs)
    {
        Print("strict table: records and line numbers", runs, () => Loop(path, (t, h) => t.Line));
        Print("+ investor, target, category (pooled strings)", runs, () => Loop(path, (t, h) =>
            t.GetString(h.Indices[Investor]).Length + t.GetString(h.Indices[Target]).Length + t.GetString(h.Indices[Category]).Length));
        Print("+ source (a new string per row)", runs, () => Loop(path, (t, h) =>
            t.GetString(h.Indices[Investor]).Length + t.GetString(h.Indices[Target]).Length + t.GetString(h.Indices[Category]).Length
            + t.GetString(h.Indices[Source]).Length));
        Print("+ date, amount, currency parsed (full row), figures dropped", runs, () => Parse(path, keep: false));
        Print("+ figures kept in a list (the reader's job)", runs, () => Parse(path, keep: true));
    }

    private static void Print(string name, int runs, Func<long> action)
    {
        Measurement.Of(action, out long _);
        var best = Enumerable.Range(0, runs).Select(_ => Measurement.Of(action, out long _)).MinBy(m => m.Elapsed);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {name,-58} {best.Elapsed.TotalSeconds,6:F3} s  alloc {best.AllocatedBytes / 1e6,8:F1} MB  {best.Collections}"));
    }

    private static long Loop(string path, Func<CsvTable, HeaderMatch, long> body)
    {
        var issues = new FileIssues("investments.csv", 1000);
        using var table = CsvTable.Open(path, issues, 64 * 1024)!;
        var header = FigureKinds.Decide(table.Header, issues, 1, out _)!;
        long total = 0;
        while (table.Read())
        {
            total += body(table, header);
        }

        return total;
    }

    private static long Parse(string path, bool keep)
    {
        var issues = new FileIssues("investments.csv", 1000);
        using var table = CsvTable.Open(path, issues, 64 * 1024)!;
        var header = FigureKinds.Decide(table.Header, issues, 1, out _)!;
        var parser = new InvestmentRowParser(header, NumberFormat.For(CultureInfo.InvariantCulture), null, "investments.csv");
        var row = new CsvFigureRow(table);
        var kept = new List<InvestmentFigure>();
        long count = 0;
        while (table.Read())
        {
            if (parser.Parse(row, table.Line, issues) is { } figure)
            {
                count++;
                if (keep)
                {
                    kept.Add(figure);
                }
            }
        }

        return count + kept.Count;
    }
}
