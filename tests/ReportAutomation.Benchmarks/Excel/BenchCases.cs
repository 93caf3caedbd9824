using System.IO.Compression;
using MiniExcelLibs;
using ReportAutomation.Rendering.Excel.Streaming;

namespace ReportAutomation.Benchmarks.Excel;

/// <summary>The cases, each run alone in a child process: our template + RowExpander path, MiniExcel, and the hand-written floor.</summary>
internal static class BenchCases
{
    public static readonly string[] Names = ["ours", "miniexcel", "floor"];

    public static void Run(string name, int rows, string output, string template, CompressionLevel level)
    {
        switch (name)
        {
            case "ours":
                var expander = new RowExpander(new RowExpanderOptions { CompressionLevel = level });
                expander.Expand(template, output, [new RowExpansion("Data", 2, OurRows(rows))]);
                break;
            case "miniexcel":
                MiniExcel.SaveAs(output, MiniExcelRows(rows), overwriteFile: true);
                break;
            case "template":
                BenchTemplate.Build(output);
                break;
            case "floor":
                FloorXlsxWriter.Write(output, rows, level);
                break;
            default:
                throw new ArgumentException($"unknown case {name}", nameof(name));
        }
    }

    private static IEnumerable<IReadOnlyList<XlCell>> OurRows(int rows) => Enumerable.Range(0, rows).Select(i => (IReadOnlyList<XlCell>)
    [
        XlCell.FromNumber(1, BenchData.Id(i)),
        XlCell.FromDate(2, BenchData.Date(i)),
        XlCell.FromText(3, BenchData.Investor(i)),
        XlCell.FromText(4, BenchData.Target(i)),
        XlCell.FromNumber(5, BenchData.Amount(i)),
        XlCell.FromText(6, BenchData.Currency(i)),
        XlCell.FromText(7, BenchData.Category(i)),
        XlCell.FromNumber(8, BenchData.Score(i)),
        XlCell.FromDate(9, BenchData.Published(i)),
        XlCell.FromText(10, BenchData.Note(i)),
    ]);

    private static IEnumerable<BenchRecord> MiniExcelRows(int rows) => Enumerable.Range(0, rows).Select(i => new BenchRecord
    {
        Id = BenchData.Id(i),
        Date = BenchData.Date(i),
        Investor = BenchData.Investor(i),
        Target = BenchData.Target(i),
        Amount = BenchData.Amount(i),
        Currency = BenchData.Currency(i),
        Category = BenchData.Category(i),
        Score = BenchData.Score(i),
        Published = BenchData.Published(i),
        Note = BenchData.Note(i),
    });
}
