using ReportAutomation.Core.Errors;

namespace ReportAutomation.Ingestion.Figures;

/// <summary>The problems found in one file, capped so a file of a million bad rows cannot flood the report.</summary>
internal sealed class FileIssues(string file, int max)
{
    private const int MaxValueLength = 100;
    private readonly List<DataIssue> _issues = [];
    private int _unlisted;

    /// <summary>The file the problems are in, as reported.</summary>
    public string File { get; } = file;

    /// <summary>How many problems were found, listed or not.</summary>
    public int Count => _issues.Count + _unlisted;

    /// <summary>Records a problem at <paramref name="line"/> (null for the whole file).</summary>
    public void Add(int? line, string? column, string? value, string reason)
    {
        if (_issues.Count >= max)
        {
            _unlisted++;
            return;
        }

        _issues.Add(new DataIssue(File, line, column, Shorten(value), reason));
    }

    /// <summary>Adds the problems of <paramref name="part"/> (a later part of the same file, not finished) after these.</summary>
    public void Append(FileIssues part)
    {
        foreach (var issue in part._issues)
        {
            if (_issues.Count >= max)
            {
                _unlisted++;
            }
            else
            {
                _issues.Add(issue);
            }
        }

        _unlisted += part._unlisted;
    }

    /// <summary>The listed problems, closed by one that counts those not listed.</summary>
    public IReadOnlyList<DataIssue> Finish()
    {
        if (_unlisted > 0)
        {
            _issues.Add(new DataIssue(File, null, null, null, $"{_unlisted} more problems in this file are not listed"));
            _unlisted = 0;
        }

        return _issues;
    }

    /// <summary>A value cut to a readable length.</summary>
    public static string? Shorten(string? value) =>
        value is { Length: > MaxValueLength } ? string.Concat(value.AsSpan(0, MaxValueLength), "…") : value;
}
