using System.Text.RegularExpressions;
using ReportAutomation.Core.Model;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>
/// Counts watch-list entities in a text: names and aliases as whole words whose capitals must be there ("Meta" matches
/// "Meta" and "META" but not "meta" in "only meta and time"; the rest of each word ignores case, so "NVIDIA" matches
/// "Nvidia"), tickers as whole words with their exact case. Overlapping names count once.
/// </summary>
internal sealed class EntityCounter
{
    private readonly Regex? _pattern;
    private readonly Dictionary<string, string> _groupToEntity = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _tickerToEntity = new(StringComparer.Ordinal);

    /// <summary>Builds one matcher for the whole watch-list.</summary>
    public EntityCounter(IReadOnlyList<WatchedEntity> watchList)
    {
        // One alternation, longest term first, so "Meta Platforms" wins over "Meta" at the same position.
        var terms = new List<(string Term, bool IsTicker, int Entity)>();
        for (var e = 0; e < watchList.Count; e++)
        {
            var entity = watchList[e];
            foreach (var name in entity.Aliases.Prepend(entity.Name).Where(n => !string.IsNullOrWhiteSpace(n)))
            {
                terms.Add((name.Trim(), false, e));
            }

            if (!string.IsNullOrWhiteSpace(entity.Ticker))
            {
                terms.Add((entity.Ticker.Trim(), true, e));
                _tickerToEntity.TryAdd(entity.Ticker.Trim(), entity.Name);
            }
        }

        if (terms.Count == 0)
        {
            return;
        }

        var alternatives = terms
            .OrderByDescending(t => t.Term.Length)
            .Select((t, i) =>
            {
                var group = "e" + i;
                _groupToEntity[group] = watchList[t.Entity].Name;
                return $"(?<{group}>{(t.IsTicker ? $"(?-i:{Escape(t.Term)})" : NamePattern(t.Term))})";
            });
        _pattern = new Regex(
            @"(?<![\p{L}\p{N}_])(?:" + string.Join('|', alternatives) + @")(?![\p{L}\p{N}_])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(2));
    }

    /// <summary>The watch-list entity whose ticker is <paramref name="ticker"/> (exact case), or null.</summary>
    public string? ForTicker(string ticker) => _tickerToEntity.GetValueOrDefault(ticker.TrimStart('$'));

    /// <summary>Mentions per entity in <paramref name="texts"/>, in watch-list name order; entities not named are left out.</summary>
    public IReadOnlyList<EntityMention> Count(IEnumerable<string> texts)
    {
        if (_pattern is null)
        {
            return [];
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (Match m in _pattern.Matches(text))
            {
                var group = m.Groups.Cast<Group>().Skip(1).First(g => g.Success).Name;
                var entity = _groupToEntity[group];
                counts[entity] = counts.GetValueOrDefault(entity) + 1;
            }
        }

        return counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new EntityMention(c.Key, c.Value)).ToList();
    }

    private static string Escape(string term) => Regex.Escape(term).Replace(@"\ ", @"\s+", StringComparison.Ordinal);

    // A name's word-initial capitals are required, the rest of the name ignores case: names that are also ordinary
    // words ("Meta", "Target", "Apple") then match only where they are written as names.
    private static string NamePattern(string name)
    {
        var pattern = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = i == 0 || !char.IsLetterOrDigit(name[i - 1]);
            pattern.Append(startsWord && char.IsUpper(c) ? $"(?-i:{Regex.Escape(c.ToString())})" : Escape(c.ToString()));
        }

        return pattern.ToString();
    }
}
