using ReportAutomation.Benchmarks.Deck;
using ReportAutomation.Benchmarks.Excel;
using ReportAutomation.Benchmarks.Memo;
using ReportAutomation.Benchmarks.Figures;

// `dotnet run -c Release --project tests/ReportAutomation.Benchmarks -- <suite> [args]`: each suite prints its figures and ratios.
var suite = args.Length > 0 ? args[0] : "help";
var rest = args.Skip(1).ToArray();
return suite switch
{
    "figures" => FiguresBench.Run(rest),
    "xlsx" => XlsxBench.Run(rest),
    "pdf" => DeckBench.Run(rest),
    "docx" => MemoBench.Run(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.WriteLine("usage: ReportAutomation.Benchmarks figures|xlsx|pdf|docx [--rows N] [--slides 50,500,5000] [--digests 200,2000,20000]");
    return 1;
}
