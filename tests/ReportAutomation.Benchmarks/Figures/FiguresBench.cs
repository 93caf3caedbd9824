using System.Globalization;
using System.Runtime;
using CsvHelper;
using Microsoft.Extensions.Logging.Abstractions;
using ReportAutomation.Ingestion.Figures;

namespace ReportAutomation.Benchmarks.Figures;

/// <summary>
/// Reading and validating investment rows (FigureFolderReader) against CsvHelper 34 streaming the records of the same
/// file, with untyped field reads for context: `figures [--rows N] [--runs N] [--stages]`. Prints seconds, rows/s,
/// allocations, peak managed heap and the ratios.
/// </summary>
internal static class FiguresBench
{
    public static int Run(string[] args)
    {
        var rows = Option(args, "--rows", 1_000_000);
        var runs = Option(args, "--runs", 3);
        var folder = Path.Combine(Path.GetTempPath(), $"ra-figures-bench-{Guid.NewGuid():N}");
        var plainFolder = Path.Combine(folder, "plain");
        Directory.CreateDirectory(plainFolder);
        try
        {
            var path = Path.Combine(folder, "investments.csv");
            var plainPath = Path.Combine(plainFolder, "investments.csv");
            InvestmentCsvGenerator.Write(path, rows);
            InvestmentCsvGenerator.Write(plainPath, rows, plainAmounts: true);
            Console.WriteLine($"figures: {rows:N0} rows, {new FileInfo(path).Length / 1e6:F1} MB, {Environment.ProcessorCount} cores, best of {runs} after one warm-up");
            Console.WriteLine($"runtime: {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, concurrent {AppContext.GetData("System.GC.Concurrent") ?? "default"} (the CLI ships the same setting)");
            if (args.Contains("--stages"))
            {
                FigureStages.Run(path, runs);
                return 0;
            }

            var reader = new FigureFolderReader(NullLogger<FigureFolderReader>.Instance, new FigureReaderOptions());

            // The plain file first: the one every line can read, so its ratios compare the same bytes.
            var streamed = Best(runs, () => TypedStreamed(plainPath));
            var typed = Best(runs, () => Typed(plainPath));
            var plainStrings = Best(runs, () => RawStrings(plainPath));
            var plainOurs = Best(runs, () => Ours(reader, plainFolder, rows));
            var strings = Best(runs, () => RawStrings(path));
            var spans = Best(runs, () => RawSpans(path));
            var ours = Best(runs, () => Ours(reader, folder, rows));
            var strict = Best(runs, () => StrictStrings(path));
            var hash = Best(runs, () => ReportAutomation.Core.IO.FileHash.Describe(path, folder, "figures").Bytes);

            Console.WriteLine("plain-number amounts (what a [CsvRecord] mapper can read; every line reads this same file):");
            Print("CsvHelper [CsvRecord] records, streamed (baseline)", streamed, rows);
            Print("CsvHelper [CsvRecord] records into a List", typed, rows);
            Print("CsvHelper, every field as string, untyped", plainStrings, rows);
            Print("FigureFolderReader (read + validate + hash)", plainOurs, rows);
            Console.WriteLine("mixed amounts (plain, \"1,234,567\", 12.5M, 1.2bn, 12.5 million; a mapper cannot read them):");
            Print("CsvHelper, every field as string, untyped", strings, rows);
            Print("CsvHelper, every field as UTF-8 span", spans, rows);
            Print("FigureFolderReader (read + validate + hash)", ours, rows);
            Print("  of which: CsvHelper strict options, strings", strict, rows);
            Print("  of which: SHA-256 of the file", hash, rows);
            var ratio = Ratio(plainOurs, streamed);
            Console.WriteLine($"ratio ours/baseline (CsvHelper streaming 1M records, same file): {ratio:F2}x (target <= 1.50x: {(ratio <= 1.5 ? "met" : "NOT met")})");
            Console.WriteLine($"  mixed-amounts file against the same baseline: {Ratio(ours, streamed):F2}x; ours/records into a List {Ratio(plainOurs, typed):F2}x");
            Console.WriteLine($"  ours/untyped string fields: {Ratio(plainOurs, plainStrings):F2}x plain, {Ratio(ours, strings):F2}x mixed; ours/spans {Ratio(ours, spans):F2}x");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double Ratio(Measurement a, Measurement b) => a.Elapsed.TotalSeconds / b.Elapsed.TotalSeconds;

    private static long TypedStreamed(string path)
    {
        // CsvHelper's own way to stream rows: each record is mapped as the enumeration reaches it, and dropped.
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions { Separator = ',' });
        long total = 0;
        foreach (var record in csv.GetRecords<TypedInvestment>())
        {
            total += record.Investor.Length;
        }

        return total;
    }

    private static long Typed(string path)
    {
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions { Separator = ',' });
        var list = csv.GetRecords<TypedInvestment>().ToList();
        return list.Count;
    }

    private static long RawStrings(string path)
    {
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions { Separator = ',' });
        long total = 0;
        while (csv.Read())
        {
            for (var i = 0; i < csv.FieldCount; i++)
            {
                total += csv.GetString(i)?.Length ?? 0;
            }
        }

        return total;
    }

    private static long StrictStrings(string path)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            MaxRecordSize = 64 * 1024,
            TrackLineNumbers = true,
            PoolStrings = true,
            OnMalformedRecord = _ => { },
        };
        using var csv = CsvReader.FromFile(path, options);
        long total = 0;
        while (csv.Read())
        {
            for (var i = 0; i < csv.FieldCount; i++)
            {
                total += csv.GetString(i)?.Length ?? 0;
            }
        }

        return total;
    }

    private static long RawSpans(string path)
    {
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions { Separator = ',' });
        long total = 0;
        while (csv.Read())
        {
            for (var i = 0; i < csv.FieldCount; i++)
            {
                total += csv.GetSpan(i).Length;
            }
        }

        return total;
    }

    private static long Ours(FigureFolderReader reader, string folder, int rows)
    {
        var set = reader.Read(folder);
        if (set.Investments.Count != rows || set.Issues.Count != 0)
        {
            throw new InvalidOperationException($"expected {rows} good rows, got {set.Investments.Count} and {set.Issues.Count} issues: {set.Issues.FirstOrDefault()}");
        }

        return set.Investments.Count;
    }

    private static Measurement Best(int runs, Func<long> action)
    {
        Measurement.Of(action, out _);
        Measurement? best = null;
        for (var i = 0; i < runs; i++)
        {
            var m = Measurement.Of(action, out _);
            if (best is null || m.Elapsed < best.Value.Elapsed)
            {
                best = m;
            }
        }

        return best!.Value;
    }

    private static void Print(string name, Measurement m, int rows) =>
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {name,-46} {m.Elapsed.TotalSeconds,6:F3} s  {rows / m.Elapsed.TotalSeconds,12:N0} rows/s  alloc {m.AllocatedBytes / 1e6,8:F1} MB  peak heap {m.PeakHeapBytes / 1e6,8:F1} MB  {m.Collections}"));

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
