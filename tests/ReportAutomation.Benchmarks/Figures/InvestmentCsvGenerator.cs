using System.Globalization;
using System.Text;

namespace ReportAutomation.Benchmarks.Figures;

/// <summary>Writes a realistic investments CSV: repeated investors and categories, unique sources, mixed amount forms.</summary>
internal static class InvestmentCsvGenerator
{
    private static readonly string[] Categories = ["Seed", "Series A", "Series B", "Series C", "Growth", "Acquisition", "Debt", "IPO"];
    private static readonly string[] Currencies = ["USD", "USD", "USD", "EUR", "GBP", "JPY"];

    /// <summary>
    /// Writes <paramref name="rows"/> rows to <paramref name="path"/>, deterministically; with <paramref name="plainAmounts"/>
    /// every amount is a plain number (what a generated CsvHelper mapper can read), otherwise amounts mix forms.
    /// </summary>
    public static void Write(string path, int rows, bool plainAmounts = false)
    {
        var random = new Random(20261124);
        var investors = Names(random, 400, ["Capital", "Ventures", "Partners", "Holdings", "Fund", "Group"]);
        var targets = Names(random, 5000, ["Labs", "AI", "Robotics", "Health", "Energy", "Systems", "Networks", "Bio"]);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write("date,investor,target,amount,currency,category,source\n");
        var start = new DateOnly(2026, 1, 1);
        var line = new StringBuilder(128);
        for (var i = 0; i < rows; i++)
        {
            line.Clear();
            line.Append(start.AddDays(random.Next(365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',');
            AppendText(line, investors[random.Next(investors.Length)]).Append(',');
            AppendText(line, targets[random.Next(targets.Length)]).Append(',');
            AppendAmount(line, random, plainAmounts).Append(',');
            line.Append(Currencies[random.Next(Currencies.Length)]).Append(',');
            line.Append(Categories[random.Next(Categories.Length)]).Append(',');
            line.Append("https://news.example.com/2026/").Append(random.Next(1, 13).ToString("00", CultureInfo.InvariantCulture))
                .Append("/deal-").Append(i.ToString(CultureInfo.InvariantCulture)).Append('\n');
            writer.Write(line);
        }
    }

    private static StringBuilder AppendAmount(StringBuilder line, Random random, bool plain)
    {
        var millions = Math.Round(random.NextDouble() * 5000, 1);
        var form = random.Next(10);
        return plain ? line.Append(((long)(millions * 1_000_000)).ToString(CultureInfo.InvariantCulture)) : form switch
        {
            < 6 => line.Append(((long)(millions * 1_000_000)).ToString(CultureInfo.InvariantCulture)),
            6 => line.Append('"').Append(((long)(millions * 1_000_000)).ToString("N0", CultureInfo.InvariantCulture)).Append('"'),
            7 => line.Append(millions.ToString(CultureInfo.InvariantCulture)).Append('M'),
            8 => line.Append((millions / 1000).ToString("0.##", CultureInfo.InvariantCulture)).Append("bn"),
            _ => line.Append(millions.ToString(CultureInfo.InvariantCulture)).Append(" million"),
        };
    }

    private static StringBuilder AppendText(StringBuilder line, string text) =>
        text.Contains(',', StringComparison.Ordinal) ? line.Append('"').Append(text).Append('"') : line.Append(text);

    private static string[] Names(Random random, int count, string[] suffixes)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyz";
        var names = new string[count];
        for (var i = 0; i < count; i++)
        {
            var stem = new char[random.Next(4, 10)];
            for (var k = 0; k < stem.Length; k++)
            {
                stem[k] = letters[random.Next(letters.Length)];
            }

            stem[0] = char.ToUpperInvariant(stem[0]);
            var suffix = suffixes[random.Next(suffixes.Length)];
            names[i] = i % 10 == 0 ? $"{new string(stem)}, {suffix} Inc" : $"{new string(stem)} {suffix}";
        }

        return names;
    }
}
