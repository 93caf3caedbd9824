namespace ReportAutomation.Benchmarks.Figures;

/// <summary>Reading and validating investment rows against raw CsvHelper streaming (placeholder until the figures work lands).</summary>
internal static class FiguresBench
{
    public static int Run(string[] args)
    {
        Console.WriteLine("figures benchmark: not written yet");
        return 1;
    }
}
