namespace ReportAutomation.Core.Templates.Checking;

/// <summary>Finds the known name closest to a misspelt one (edit distance with swaps, e.g. <c>lable</c> → <c>label</c>).</summary>
public static class DidYouMean
{
    /// <summary>The closest candidate within a third of the name's length (at least 1, at most 3 edits), or null.</summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        var known = candidates as IReadOnlyCollection<string> ?? [.. candidates];
        var limit = Math.Clamp(name.Length / 3, 1, 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = Distance(name, candidate);
            if (distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // Nothing within a few edits: a word that shares most of its beginning (invested → investments) is still a good guess.
        return best ?? known
            .Select(c => (Candidate: c, Shared: SharedPrefix(name, c)))
            .Where(x => x.Shared >= 5 && x.Shared * 10 >= name.Length * 6)
            .OrderByDescending(x => x.Shared)
            .Select(x => x.Candidate)
            .FirstOrDefault();
    }

    private static int SharedPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && char.ToLowerInvariant(a[n]) == char.ToLowerInvariant(b[n]))
        {
            n++;
        }

        return n;
    }

    /// <summary>Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1, case ignored.</summary>
    public static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
