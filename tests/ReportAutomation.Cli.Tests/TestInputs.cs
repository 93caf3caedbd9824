using System.Globalization;
using System.Text;
using ReportAutomation.TestKit;

namespace ReportAutomation.Cli.Tests;

/// <summary>Input sets written into a temp folder: a clean one (no data issue) and a large one (for cancelling a build).</summary>
internal static class TestInputs
{
    /// <summary>One article, two investment rows and two sentiment rows in 2026-W47, none with a problem.</summary>
    public static string[] Clean(TempFolder temp)
    {
        temp.Write("articles/2026-11-18-microsoft-wales.txt", "Microsoft opens a new data centre\nMicrosoft said on Wednesday it opened a data centre in Wales.\n\nThe site will serve cloud customers across the region.\n\nThe company did not give the cost.\n");
        temp.Write("articles/articles.csv", "file,published\n2026-11-18-microsoft-wales.txt,2026-11-18\n");
        temp.Write("figures/investments.csv", "date,investor,target,amount,currency,category,source\n2026-11-17,Microsoft,Data centre - Wales,1000000000,USD,Capex,Press release\n2026-11-19,Nvidia,Robotics start-up,250000000,USD,Venture round,Deal tracker\n");
        temp.Write("figures/sentiment.csv", "date,entity,source,score,label\n2026-11-17,Microsoft,Newsroom NLP,0.25,moderately positive\n2026-11-18,Nvidia,Newsroom NLP,0.5,positive\n");
        File.Copy(Path.Combine(RepoPaths.SampleData, "entities.csv"), temp.File("entities.csv"));
        return Options(temp);
    }

    /// <summary>Like <see cref="Clean"/>, plus <paramref name="extraInvestmentLines"/> appended to investments.csv.</summary>
    public static string[] CleanPlus(TempFolder temp, params string[] extraInvestmentLines)
    {
        var options = Clean(temp);
        File.AppendAllLines(Path.Combine(temp.Path, "figures", "investments.csv"), extraInvestmentLines);
        return options;
    }

    /// <summary>No articles and <paramref name="rows"/> good investment rows in 2026-W47 (300k take a few seconds to render).</summary>
    public static string[] Large(TempFolder temp, int rows)
    {
        Directory.CreateDirectory(Path.Combine(temp.Path, "articles"));
        var csv = new StringBuilder("date,investor,target,amount,currency,category,source\n");
        for (var i = 0; i < rows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"2026-11-{16 + (i % 7)},Microsoft,Target number {i},{1000 + i},USD,Capex,Generated\n");
        }

        temp.Write("figures/investments.csv", csv.ToString());
        File.Copy(Path.Combine(RepoPaths.SampleData, "entities.csv"), temp.File("entities.csv"));
        return Options(temp);
    }

    private static string[] Options(TempFolder temp) =>
    [
        "--articles", Path.Combine(temp.Path, "articles"),
        "--figures", Path.Combine(temp.Path, "figures"),
        "--entities", Path.Combine(temp.Path, "entities.csv"),
    ];
}
