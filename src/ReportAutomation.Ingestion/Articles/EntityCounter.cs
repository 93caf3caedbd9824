using System.Text.RegularExpressions;
using ReportAutomation.Core.Model;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>
/// Counts watch-list entities in a text: names and aliases as whole words ignoring case, tickers as whole words with
/// their exact case (so "META" counts as Meta's ticker but "meta" in prose does not). Overlapping names count once.
/// </summary>
internal sealed class EntityCounter
{
    private readonly Regex? _pattern;
    private readonly Dictionary<string, string> _groupToEntity = new(StringComparer.Ordinal);

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
                var escaped = Regex.Escape(t.Term).Replace(@"\ ", @"\s+", StringComparison.Ordinal);
                return $"(?<{group}>{(t.IsTicker ? $"(?-i:{escaped})" : escaped)})";
            });
        _pattern = new Regex(
            @"(?<![\p{L}\p{N}_])(?:" + string.Join('|', alternatives) + @")(?![\p{L}\p{N}_])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(2));
    }

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
}
