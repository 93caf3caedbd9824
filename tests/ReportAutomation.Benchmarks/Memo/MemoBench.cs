using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using ReportAutomation.Benchmarks.Deck;
using ReportAutomation.Core.Pipeline;
using ReportAutomation.Rendering.Word;

namespace ReportAutomation.Benchmarks.Memo;

/// <summary>
/// The memo: the shipped memo template through WordMemoRenderer against the bare OpenXml SDK writing the same digest,
/// each case in its own child process; seconds, peak RSS and ratios. <c>docx [--digests 200,2000,20000]</c>.
/// </summary>
internal static class MemoBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(string[] args)
    {
        var options = BenchChild.Options(args);
        return options.TryGetValue("case", out var name) ? RunChild(name, options) : RunParent(options);
    }

    private static int RunParent(Dictionary<string, string> options)
    {
        var sizes = options.GetValueOrDefault("digests", "200,2000,20000").Split(',').Select(s => int.Parse(s, Inv)).ToArray();
        var template = options.GetValueOrDefault("template", Path.Combine(AppContext.BaseDirectory, "weekly-ir-memo.docx"));
        var folder = Directory.CreateTempSubdirectory("ra-memo-bench-").FullName;
        try
        {
            var results = new List<(string Case, int Digests, double Seconds, double PeakMb, double Warm, double Jit)>();
            foreach (var size in sizes)
            {
                foreach (var name in new[] { "floor", "ours" })
                {
                    var output = Path.Combine(folder, $"{name}-{size}.docx");
                    var parts = BenchChild.Run(["docx", "--case", name, "--digests", size.ToString(Inv), "--out", output, "--template", template]);
                    var result = (name, size, double.Parse(parts[0], Inv), long.Parse(parts[1], Inv) / 1024.0, double.Parse(parts[2], Inv), double.Parse(parts[3], Inv));
                    Console.Error.WriteLine($"  {name,-5} {size,7:N0} digests: {result.Item3:F2} s (again in the same process {result.Item5:F2} s), peak {result.Item4:F0} MB");
                    File.Delete(output);
                    results.Add(result);
                }
            }

            // Cold: the first render in a fresh process, what `build` pays (start-up and JIT included). Warm: the same memo
            // rendered again in that process (best of three), what a long-running worker pays once it has built one pack.
            // JIT: the CPU time the cold render spent compiling methods (tier-1 recompiles run on a background thread).
            Console.WriteLine();
            Console.WriteLine("| case | digests | cold s | cold vs floor | JIT s (cold) | warm s | warm vs floor | peak RSS MB | cold vs 1/10 the digests | warm vs 1/10 the digests |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var r in results)
            {
                var floor = results.First(x => x.Case == "floor" && x.Digests == r.Digests);
                var smaller = results.FirstOrDefault(x => x.Case == r.Case && x.Digests * 10 == r.Digests);
                var growth = smaller.Case is null ? "-" : (r.Seconds / smaller.Seconds).ToString("F1", Inv) + "x";
                var warmGrowth = smaller.Case is null ? "-" : (r.Warm / smaller.Warm).ToString("F1", Inv) + "x";
                Console.WriteLine(string.Create(Inv,
                    $"| {r.Case} | {r.Digests:N0} | {r.Seconds:F2} | {r.Seconds / floor.Seconds:F2}x | {r.Jit:F2} | {r.Warm:F3} | {r.Warm / floor.Warm:F2}x | {r.PeakMb:F0} | {growth} | {warmGrowth} |"));
            }

            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int RunChild(string name, Dictionary<string, string> options)
    {
        var digests = int.Parse(options["digests"], Inv);
        var pack = DeckBenchPack.Build(digests, 50);
        var output = options["out"];
        var figures = BenchChild.Measure(() => Write(name, pack, output, options["template"]), options);
        Console.WriteLine($"RESULT {figures}");
        return 0;
    }

    private static void Write(string name, Core.Model.WeeklyPack pack, string output, string template)
    {
        if (name == "floor")
        {
            File.Delete(output);
            BareOpenXmlMemo.Write(pack, output);
            return;
        }

        var result = new WordMemoRenderer(NullLogger<WordMemoRenderer>.Instance).Render(pack, new RenderRequest(template, output, Inv));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors));
        }
    }
}
