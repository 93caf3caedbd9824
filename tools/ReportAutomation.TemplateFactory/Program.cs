using ReportAutomation.TemplateFactory;
using ReportAutomation.TemplateFactory.Checks;

// Usage: dotnet run --project tools/ReportAutomation.TemplateFactory -- templates/weekly-ir.xlsx [--no-check]
if (args.Length == 0 || args[0].StartsWith('-'))
{
    Console.Error.WriteLine("usage: ReportAutomation.TemplateFactory <output.xlsx> [--no-check]");
    return 2;
}

var output = Path.GetFullPath(args[0]);
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
var bytes = WeeklyIrTemplate.Build();
var temporary = output + ".tmp";
File.WriteAllBytes(temporary, bytes);
File.Move(temporary, output, overwrite: true);
Console.WriteLine($"wrote {output} ({bytes.Length:N0} bytes, sha256 {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)).ToLowerInvariant()})");

if (args.Contains("--no-check"))
{
    return 0;
}

var problems = TemplateCheck.Run(output);
foreach (var problem in problems)
{
    Console.Error.WriteLine(problem);
}

Console.WriteLine(problems.Count == 0 ? "checks passed" : $"{problems.Count} problems");
return problems.Count == 0 ? 0 : 1;
