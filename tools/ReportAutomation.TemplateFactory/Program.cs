using System.Security.Cryptography;
using ReportAutomation.TemplateFactory;
using ReportAutomation.TemplateFactory.Checks;

// Build:  dotnet run --project tools/ReportAutomation.TemplateFactory -- templates/weekly-ir.xlsx [--no-check]
//         dotnet run --project tools/ReportAutomation.TemplateFactory -- templates/weekly-ir-memo.docx
// Check an edited template only:  dotnet run --project tools/ReportAutomation.TemplateFactory -- --check templates/weekly-ir.xlsx
const string Usage = "usage: ReportAutomation.TemplateFactory <output.xlsx|output-memo.docx> [--no-check] | --check <template.xlsx>";
if (args.Length == 2 && args[0] == "--check")
{
    return Report(TemplateCheck.Run(Path.GetFullPath(args[1])));
}

if (args.Length == 0 || args[0].StartsWith('-'))
{
    Console.Error.WriteLine(Usage);
    return 2;
}

var output = Path.GetFullPath(args[0]);
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
var memo = output.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);
var bytes = memo ? ReportAutomation.TemplateFactory.Memo.WeeklyIrMemoTemplate.Build() : WeeklyIrTemplate.Build();
var temporary = output + ".tmp";
File.WriteAllBytes(temporary, bytes);
File.Move(temporary, output, overwrite: true);
var hash = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
Console.WriteLine($"wrote {output} ({bytes.Length:N0} bytes, sha256 {hash})");
return args.Contains("--no-check") || memo ? 0 : Report(TemplateCheck.Run(output));

static int Report(IReadOnlyList<string> problems)
{
    foreach (var problem in problems)
    {
        Console.Error.WriteLine(problem);
    }

    Console.WriteLine(problems.Count == 0 ? "checks passed" : $"{problems.Count} problems");
    return problems.Count == 0 ? 0 : 1;
}
