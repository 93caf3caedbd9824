using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using ReportAutomation.Core.Errors;
using ReportAutomation.Ingestion.Figures;

namespace ReportAutomation.Ingestion.Tests.Figures;

/// <summary>Small builders for figure tests: real files in a temp folder, read by a real reader.</summary>
internal static class FigureFiles
{
    public const string InvestmentHeader = "date,investor,target,amount,currency,category,source";
    public const string SentimentHeader = "date,entity,source,score,label";

    public static FigureFolderReader Reader(string? culture = null, int maxRecordChars = 64 * 1024, int maxIssues = 1000) =>
        new(NullLogger<FigureFolderReader>.Instance, new FigureReaderOptions
        {
            Culture = culture is null ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(culture),
            MaxRecordChars = maxRecordChars,
            MaxIssuesPerFile = maxIssues,
        });

    /// <summary>Writes lines joined by LF (and a final LF), UTF-8, optionally with a byte order mark.</summary>
    public static string WriteLines(string folder, string name, bool bom, params string[] lines)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n", new UTF8Encoding(bom));
        return path;
    }

    public static string Describe(IEnumerable<DataIssue> issues) => string.Join(Environment.NewLine, issues);
}
