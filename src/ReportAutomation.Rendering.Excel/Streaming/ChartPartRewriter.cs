using System.Globalization;
using System.Xml.Linq;

namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Chart series follow the expanded rows: a series down a column grows over the generated rows; a series along a
/// template row is repeated once per generated row. Cached values are dropped so Excel and LibreOffice read the cells.</summary>
internal static class ChartPartRewriter
{
    private static readonly XNamespace C = PackageNames.ChartNamespace;

    /// <summary>Rewrites the chart in place; returns the row-oriented series that could not be added (255-series limit).</summary>
    public static int Rewrite(XDocument chart, RowShiftMap map, IReadOnlyList<ExpansionJob> jobs)
    {
        var series = chart.Descendants(C + "ser").ToList();
        var total = series.Count;
        var dropped = 0;
        var replicated = false;
        var insert = new ShiftContext(map, null);
        foreach (var ser in series)
        {
            var job = RowOrientedJob(ser, jobs);
            if (job is null)
            {
                ShiftFormulas(ser, insert);
                continue;
            }

            var pristine = new XElement(ser);
            var clones = job.OutputRows - 1;
            var allowed = Math.Max(0, Math.Min(clones, ExcelLimits.MaxSeriesPerChart - total));
            dropped += clones - allowed;
            total += allowed;
            ShiftFormulas(ser, CloneContext(map, job, 0));
            var anchor = ser;
            for (var k = 1; k <= allowed; k++)
            {
                var clone = new XElement(pristine);

                // Explicit colours would paint every clone alike: let the chart style colour them.
                clone.Element(C + "spPr")?.Remove();
                ShiftFormulas(clone, CloneContext(map, job, k));
                anchor.AddAfterSelf(clone);
                anchor = clone;
            }

            replicated |= allowed > 0;
        }

        // References outside series (titles from cells and the like) move too.
        foreach (var f in chart.Descendants().Where(e => e.Name.LocalName == "f" && !e.Ancestors(C + "ser").Any()))
        {
            f.Value = FormulaTokenizer.Parse(f.Value).Render(insert);
        }

        chart.Descendants().Where(e => e.Name == C + "numCache" || e.Name == C + "strCache" || e.Name == C + "multiLvlStrCache").Remove();
        if (replicated)
        {
            Renumber(chart);
        }

        return dropped;
    }

    private static ShiftContext CloneContext(RowShiftMap map, ExpansionJob job, int offset) =>
        new(map, null) { CloneSheet = job.SheetName, CloneRow = job.TemplateRow, CloneOffset = offset };

    private static void ShiftFormulas(XElement series, ShiftContext context)
    {
        foreach (var f in series.Descendants().Where(e => e.Name.LocalName == "f"))
        {
            f.Value = FormulaTokenizer.Parse(f.Value).Render(context);
        }
    }

    /// <summary>The expansion whose template row the series' values lie along (a one-row range on that row spanning several
    /// columns, or one whose name comes from that row), or null for a column-oriented series.</summary>
    private static ExpansionJob? RowOrientedJob(XElement ser, IReadOnlyList<ExpansionJob> jobs)
    {
        var values = ser.Element(C + "val") ?? ser.Element(C + "yVal");
        var text = values?.Descendants(C + "f").FirstOrDefault()?.Value;
        if (text is null || FormulaTokenizer.Parse(text).References is not [{ Sheet: { } sheet, Start: var start } reference])
        {
            return null;
        }

        var end = reference.End ?? start;
        if (!start.IsCell || !end.IsCell || start.Row != end.Row)
        {
            return null;
        }

        var job = jobs.FirstOrDefault(j => j.TemplateRow == start.Row && string.Equals(j.SheetName, sheet, StringComparison.OrdinalIgnoreCase));
        if (job is null)
        {
            return null;
        }

        return end.Column > start.Column || NameIsOnRow(ser, sheet, start.Row) ? job : null;
    }

    private static bool NameIsOnRow(XElement ser, string sheet, int row)
    {
        var name = ser.Element(C + "tx")?.Descendants(C + "f").FirstOrDefault()?.Value;
        return name is not null
            && FormulaTokenizer.Parse(name).References is [{ Sheet: { } s, Start.Row: var r }]
            && r == row && string.Equals(s, sheet, StringComparison.OrdinalIgnoreCase);
    }

    private static void Renumber(XDocument chart)
    {
        var i = 0;
        foreach (var ser in chart.Descendants(C + "ser"))
        {
            ser.Element(C + "idx")?.SetAttributeValue("val", i.ToString(CultureInfo.InvariantCulture));
            ser.Element(C + "order")?.SetAttributeValue("val", i.ToString(CultureInfo.InvariantCulture));
            i++;
        }
    }
}
