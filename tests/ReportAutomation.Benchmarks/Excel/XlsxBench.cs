using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;

namespace ReportAutomation.Benchmarks.Excel;

/// <summary>Big-sheet writing: our template + <c>RowExpander</c> path against MiniExcel and a hand-written floor, each case in
/// its own child process so peak RSS (VmHWM) is per case. Prints a Markdown table.
/// <c>xlsx [--rows 100000,1000000] [--levels fastest,optimal] [--repeat 1]</c>.</summary>
internal static class XlsxBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(string[] args)
    {
        var options = BenchChild.Options(args);
        return options.TryGetValue("case", out var name) ? RunChild(name, options) : RunParent(options);
    }

    private static int RunParent(Dictionary<string, string> options)
    {
        var rowCounts = options.GetValueOrDefault("rows", "100000,1000000").Split(',').Select(s => int.Parse(s, Inv)).ToArray();
        var levels = options.GetValueOrDefault("levels", "fastest").Split(',');
        var repeat = int.Parse(options.GetValueOrDefault("repeat", "1"), Inv);
        var folder = Directory.CreateTempSubdirectory("ra-xlsx-bench-").FullName;
        try
        {
            var template = Path.Combine(folder, "template.xlsx");
            var clock = Stopwatch.StartNew();
            BenchTemplate.Build(template);
            Console.WriteLine($"template (ClosedXML, first use in this process): {clock.Elapsed.TotalSeconds:F2} s, {new FileInfo(template).Length:N0} bytes");
            var results = new List<Result>();
            foreach (var rows in rowCounts)
            {
                results.Add(Best(repeat, () => Child("miniexcel", rows, "default", folder, template)));
                foreach (var level in levels)
                {
                    results.Add(Best(repeat, () => Child("floor", rows, level, folder, template)));
                    results.Add(Best(repeat, () => Child("ours", rows, level, folder, template)));
                }
            }

            Print(results);
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Result Best(int repeat, Func<Result> run) =>
        Enumerable.Range(0, repeat).Select(_ => run()).MinBy(r => r.Seconds)!;

    private static Result Child(string name, int rows, string level, string folder, string template)
    {
        var output = Path.Combine(folder, $"{name}-{level}-{rows}.xlsx");
        var parts = BenchChild.Run(["xlsx", "--case", name, "--rows", rows.ToString(Inv), "--out", output, "--template", template, "--level", level]);
        var result = new Result(name, level, rows, double.Parse(parts[0], Inv), long.Parse(parts[1], Inv) / 1024.0, long.Parse(parts[2], Inv) / 1048576.0);
        File.Delete(output);
        Console.Error.WriteLine($"  {name,-9} {level,-8} {rows,9:N0} rows: {result.Seconds:F2} s, peak {result.PeakMb:F0} MB");
        return result;
    }

    private static int RunChild(string name, Dictionary<string, string> options)
    {
        var rows = int.Parse(options["rows"], Inv);
        var level = options.GetValueOrDefault("level", "fastest") == "optimal" ? CompressionLevel.Optimal : CompressionLevel.Fastest;
        var output = options["out"];
        var clock = Stopwatch.StartNew();
        BenchCases.Run(name, rows, output, options.GetValueOrDefault("template", string.Empty), level);
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"RESULT {seconds.ToString("R", Inv)} {BenchChild.PeakRssKb()} {new FileInfo(output).Length}");
        return 0;
    }

    private static void Print(List<Result> results)
    {
        Console.WriteLine();
        Console.WriteLine("| case | deflate | rows | seconds | rows/s | peak RSS MB | file MB | time vs MiniExcel | time vs floor |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var mini = results.First(x => x.Case == "miniexcel" && x.Rows == r.Rows);
            var floor = results.FirstOrDefault(x => x.Case == "floor" && x.Rows == r.Rows && (x.Level == r.Level || r.Case == "miniexcel"));
            var vsFloor = floor is null ? "-" : (r.Seconds / floor.Seconds).ToString("F2", Inv) + "x";
            Console.WriteLine(string.Create(Inv,
                $"| {r.Case} | {r.Level} | {r.Rows:N0} | {r.Seconds:F2} | {r.Rows / r.Seconds:N0} | {r.PeakMb:F0} | {r.FileMb:F1} | {r.Seconds / mini.Seconds:F2}x | {vsFloor} |"));
        }
    }

    private sealed record Result(string Case, string Level, int Rows, double Seconds, double PeakMb, double FileMb);
}
