using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using ReportAutomation.Core.Pipeline;
using ReportAutomation.Rendering.Pdf;

namespace ReportAutomation.Benchmarks.Deck;

/// <summary>
/// The deck: our template and layouts (PdfDeckRenderer) against raw SkiaSharp drawing comparable pages, each case in its
/// own child process; pages/s, peak RSS and ratios for each deck size. <c>pdf [--slides 50,500,5000]</c>.
/// </summary>
internal static partial class DeckBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(string[] args)
    {
        var options = BenchChild.Options(args);
        return options.TryGetValue("case", out var name) ? RunChild(name, options) : RunParent(options);
    }

    private static int RunParent(Dictionary<string, string> options)
    {
        var sizes = options.GetValueOrDefault("slides", "50,500,5000").Split(',').Select(s => int.Parse(s, Inv)).ToArray();
        var folder = Directory.CreateTempSubdirectory("ra-deck-bench-").FullName;
        try
        {
            var results = new List<Result>();
            foreach (var size in sizes)
            {
                foreach (var name in new[] { "raw", "ours" })
                {
                    var output = Path.Combine(folder, $"{name}-{size}.pdf");
                    var parts = BenchChild.Run(["pdf", "--case", name, "--slides", size.ToString(Inv), "--out", output, "--folder", folder]);
                    var result = new Result(name, size, int.Parse(parts[0], Inv), double.Parse(parts[1], Inv), long.Parse(parts[2], Inv) / 1024.0, new FileInfo(output).Length / 1048576.0, double.Parse(parts[3], Inv), double.Parse(parts[4], Inv));
                    Console.Error.WriteLine($"  {name,-5} {size,6:N0} slides: {result.Pages:N0} pages in {result.Seconds:F2} s (again in the same process {result.Warm:F2} s), peak {result.PeakMb:F0} MB");
                    File.Delete(output);
                    results.Add(result);
                }
            }

            Console.WriteLine();
            // Cold: a fresh process's first deck. Warm: the same deck again in that process, best of three (the worker's every later week).
            // JIT: the CPU time the first deck spent compiling methods (tier-1 recompiles run on a background thread).
            Console.WriteLine("| case | slides asked | pages | cold s | cold pages/s | cold vs raw Skia | JIT s (cold) | warm s | warm pages/s | warm vs raw Skia | peak RSS MB | file MB |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var r in results)
            {
                var raw = results.First(x => x.Case == "raw" && x.Slides == r.Slides);
                var ratio = (r.Seconds / r.Pages) / (raw.Seconds / raw.Pages);
                var warmRatio = (r.Warm / r.Pages) / (raw.Warm / raw.Pages);
                Console.WriteLine(string.Create(Inv,
                    $"| {r.Case} | {r.Slides:N0} | {r.Pages:N0} | {r.Seconds:F2} | {r.Pages / r.Seconds:N0} | {ratio:F2}x | {r.Jit:F2} | {r.Warm:F2} | {r.Pages / r.Warm:N0} | {warmRatio:F2}x | {r.PeakMb:F0} | {r.FileMb:F1} |"));
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
        if (name == "ours")
        {
            // As `build` does (PackBuildPipeline): the template language's parser is built on the other core while the
            // inputs load, here while the bench pack is made.
            Core.Templates.TemplateEngine.Prepare();
        }

        var pack = DeckBenchPack.For(int.Parse(options["slides"], Inv));
        var output = options["out"];
        var folder = options["folder"];
        Func<int> write;
        if (name == "raw")
        {
            var fonts = ExtractFonts(folder);
            write = () => RawSkiaDeck.Write(pack, output, fonts);
        }
        else
        {
            var template = Path.Combine(folder, "bench-deck.json");
            File.WriteAllText(template, DeckBenchTemplate.Json);
            var renderer = new PdfDeckRenderer(NullLogger<PdfDeckRenderer>.Instance);
            write = () =>
            {
                var result = renderer.Render(pack, new RenderRequest(template, output, Inv));
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException(string.Join("; ", result.Errors));
                }

                return 0;
            };
        }

        // The clock stops when the deck is written; counting its pages reads the file back and is not part of it.
        var pages = 0;
        var figures = BenchChild.Measure(() => pages = write(), options);
        pages = name == "raw" ? pages : CountPages(output);
        Console.WriteLine($"RESULT {pages} {figures}");
        return 0;
    }

    // The fonts ship inside the renderer's assembly; the raw case loads the same files from disk.
    private static string ExtractFonts(string folder)
    {
        foreach (var file in new[] { "NotoSans-Regular.ttf", "NotoSans-Bold.ttf" })
        {
            using var source = typeof(PdfDeckRenderer).Assembly.GetManifestResourceStream("ReportAutomation.Rendering.Pdf.Fonts." + file)!;
            using var target = File.Create(Path.Combine(folder, file));
            source.CopyTo(target);
        }

        return folder;
    }

    private static int CountPages(string pdf) => PageObject().Count(File.ReadAllText(pdf, System.Text.Encoding.Latin1));

    [GeneratedRegex(@"/Type /Page\b(?!s)")]
    private static partial Regex PageObject();

    private sealed record Result(string Case, int Slides, int Pages, double Seconds, double PeakMb, double FileMb, double Warm, double Jit);
}
