using System.Text;
using ReportAutomation.Core.Model;

namespace ReportAutomation.Core.Packs;

/// <summary>
/// Gives every company name in a pack one spelling: the watch-list name when the name (ignoring case and spacing) is a
/// name, ticker or alias on the watch-list; otherwise the most frequent spelling among the names that differ only in case
/// and spacing (trimmed, inner whitespace collapsed), ties broken ordinally.
/// </summary>
internal sealed class NameCanonicaliser
{
    private readonly Dictionary<string, string> _bySpelling;

    private NameCanonicaliser(Dictionary<string, string> bySpelling) => _bySpelling = bySpelling;

    /// <summary>Builds the mapping for every spelling in <paramref name="spellings"/> (repeat a spelling once per use, so
    /// frequency can decide), with <paramref name="watchList"/> names taking precedence.</summary>
    public static NameCanonicaliser Create(IReadOnlyList<WatchedEntity> watchList, IEnumerable<string> spellings)
    {
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var spelling in spellings)
        {
            uses[spelling] = uses.GetValueOrDefault(spelling) + 1;
        }

        var byKey = WatchListNames(watchList);
        var free = uses
            .Select(u => (Raw: u.Key, Clean: Clean(u.Key), u.Value))
            .Where(u => !byKey.ContainsKey(Key(u.Clean)))
            .GroupBy(u => Key(u.Clean), StringComparer.Ordinal);
        foreach (var group in free)
        {
            byKey[group.Key] = group
                .GroupBy(u => u.Clean, StringComparer.Ordinal)
                .Select(g => (Spelling: g.Key, Uses: g.Sum(u => u.Value)))
                .OrderByDescending(s => s.Uses)
                .ThenBy(s => s.Spelling, StringComparer.Ordinal)
                .First().Spelling;
        }

        return new NameCanonicaliser(uses.Keys.ToDictionary(raw => raw, raw => byKey[Key(Clean(raw))], StringComparer.Ordinal));
    }

    /// <summary>The canonical spelling of <paramref name="spelling"/> (itself, cleaned, when it was not seen at creation).</summary>
    public string this[string spelling] => _bySpelling.TryGetValue(spelling, out var name) ? name : Clean(spelling);

    /// <summary>The text trimmed, with every run of inner whitespace turned into one space.</summary>
    internal static string Clean(string text)
    {
        var trimmed = text.AsSpan().Trim();
        var builder = new StringBuilder(trimmed.Length);
        var space = false;
        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        var cleaned = builder.ToString();
        return cleaned == text ? text : cleaned;
    }

    /// <summary>The grouping key: cleaned, then case-folded with the invariant culture.</summary>
    internal static string Key(string cleaned) => cleaned.ToUpperInvariant();

    // Names before tickers before aliases, each in name order, so a spelling two entries share always means the same one,
    // whatever order the watch-list file lists them in.
    private static Dictionary<string, string> WatchListNames(IReadOnlyList<WatchedEntity> watchList)
    {
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var ordered = watchList.OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        var passes = new Func<WatchedEntity, IEnumerable<string?>>[] { e => [e.Name], e => [e.Ticker], e => e.Aliases };
        foreach (var pass in passes)
        {
            foreach (var entity in ordered)
            {
                foreach (var name in pass(entity).OfType<string>().Select(Clean).Where(n => n.Length > 0))
                {
                    byKey.TryAdd(Key(name), Clean(entity.Name));
                }
            }
        }

        return byKey;
    }
}
