namespace ReportAutomation.Benchmarks.Excel;

/// <summary>Big-sheet writing against MiniExcel and a hand-written floor (placeholder until the streaming work lands).</summary>
internal static class XlsxBench
{
    public static int Run(string[] args)
    {
        Console.WriteLine("xlsx benchmark: not written yet");
        return 1;
    }
}
