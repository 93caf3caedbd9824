using ReportAutomation.Core.Model;
using ReportAutomation.Ingestion.Figures.Parsing;

namespace ReportAutomation.Ingestion.Figures;

/// <summary>Turns sentiment rows into <see cref="SentimentFigure"/>s, reporting every bad field of a row.</summary>
internal sealed class SentimentRowParser(HeaderMatch header, NumberFormat format, TimeZoneInfo? zone, string file)
{
    private readonly int _date = header.Indices[0];
    private readonly int _entity = header.Indices[1];
    private readonly int _source = header.Indices[2];
    private readonly int _score = header.Indices[3];
    private readonly int _label = header.Indices[4];

    /// <summary>The figure in <paramref name="row"/>, or null when a field is bad (each problem is in <paramref name="issues"/>).</summary>
    public SentimentFigure? Parse<TRow>(in TRow row, int line, FileIssues issues)
        where TRow : struct, IFigureRow
    {
        var ok = true;
        var date = RowFields.Date(row, _date, zone, line, issues, ref ok);
        if (header.Unnamed.Count > 0)
        {
            RowFields.Unnamed(row, header.Unnamed, line, issues);
        }

        var entity = RowFields.Required(row, _entity, "entity", line, issues, ref ok);
        var source = RowFields.Optional(row, _source);
        var label = RowFields.Optional(row, _label);
        var score = ReadScore(row, line, issues, ref ok);
        return ok ? new SentimentFigure(date, entity, source, score, label, new SourceLocation(file, line)) : null;
    }

    private double ReadScore<TRow>(in TRow row, int line, FileIssues issues, ref bool ok)
        where TRow : struct, IFigureRow
    {
        double score;
        string? reason;
        if (row.TryGetNumber(_score, out var number))
        {
            if (ScoreParser.TryRange(number, out score, out reason))
            {
                return score;
            }

            issues.Add(line, "score", number.ToString(System.Globalization.CultureInfo.InvariantCulture), reason!);
            ok = false;
            return 0;
        }

        var text = row.GetChars(_score);
        if (ScoreParser.TryParse(text, format, out score, out reason))
        {
            return score;
        }

        issues.Add(line, "score", text.ToString(), reason!);
        ok = false;
        return 0;
    }
}
