namespace ReportAutomation.Ingestion.Figures;

/// <summary>The columns of one kind of table (investments, sentiment, watch-list), matched against a header row.</summary>
internal sealed class TableSchema(string kind, IReadOnlyList<SchemaColumn> columns, IReadOnlySet<string> distinctive)
{
    /// <summary>Investment rows: <c>date,investor,target,amount,currency,category,source</c>.</summary>
    public static readonly TableSchema Investments = new(
        "investments",
        [new("date", true), new("investor", true), new("target", true), new("amount", true), new("currency", true), new("category", true), new("source", false)],
        new HashSet<string>(["investor", "target", "amount", "currency", "category"], StringComparer.OrdinalIgnoreCase));

    /// <summary>Sentiment rows: <c>date,entity,source,score,label</c>.</summary>
    public static readonly TableSchema Sentiment = new(
        "sentiment",
        [new("date", true), new("entity", true), new("source", false), new("score", true), new("label", false)],
        new HashSet<string>(["entity", "score", "label"], StringComparer.OrdinalIgnoreCase));

    /// <summary>The watch-list: <c>name,ticker,aliases</c>.</summary>
    public static readonly TableSchema WatchList = new(
        "watch-list",
        [new("name", true), new("ticker", false), new("aliases", false)],
        new HashSet<string>(["name", "ticker", "aliases"], StringComparer.OrdinalIgnoreCase));

    /// <summary>The kind's name in the user's words.</summary>
    public string Kind { get; } = kind;

    /// <summary>The columns, in the order their indices appear in <see cref="HeaderMatch.Indices"/>.</summary>
    public IReadOnlyList<SchemaColumn> Columns { get; } = columns;

    /// <summary>Matches a header row: case-insensitively, trimmed, a byte order mark ignored.</summary>
    public HeaderMatch Match(IReadOnlyList<string> header)
    {
        var indices = new int[Columns.Count];
        Array.Fill(indices, -1);
        var unknown = new List<string>();
        var duplicates = new List<string>();
        var unnamed = new List<int>();
        var hits = 0;
        for (var i = 0; i < header.Count; i++)
        {
            var name = CleanName(header[i]);
            var known = IndexOf(name);
            if (name.Length == 0)
            {
                // A column without a name (an empty worksheet cell, a trailing comma): rows that put a value there are told.
                unnamed.Add(i);
                continue;
            }

            if (known < 0)
            {
                unknown.Add(name);
            }
            else if (indices[known] >= 0)
            {
                duplicates.Add(Columns[known].Name);
            }
            else
            {
                indices[known] = i;
                if (distinctive.Contains(name))
                {
                    hits++;
                }
            }
        }

        var missing = new List<string>();
        for (var k = 0; k < Columns.Count; k++)
        {
            if (Columns[k].Required && indices[k] < 0)
            {
                missing.Add(Columns[k].Name);
            }
        }

        return new HeaderMatch(this, indices, unknown, missing, duplicates, hits, unnamed);
    }

    /// <summary>A header name as it is matched: trimmed, without a byte order mark.</summary>
    public static string CleanName(string? name) => (name ?? string.Empty).Trim().Trim('\uFEFF').Trim();

    private int IndexOf(string name)
    {
        for (var k = 0; k < Columns.Count; k++)
        {
            if (string.Equals(Columns[k].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }
        }

        return -1;
    }
}
