using ClosedXML.Excel;

namespace ReportAutomation.TemplateFactory.Checks;

/// <summary>What a round trip must keep: chart formulas, tables, defined names, cell texts, formulas and number formats.</summary>
internal sealed record Snapshot(
    IReadOnlyList<string> ChartFormulas,
    IReadOnlyList<string> Tables,
    IReadOnlyList<string> Names,
    IReadOnlyDictionary<string, string> Cells)
{
    /// <summary>Reads the snapshot of one workbook.</summary>
    public static Snapshot Take(string path)
    {
        var cells = new SortedDictionary<string, string>(StringComparer.Ordinal);
        using var workbook = new XLWorkbook(path);
        foreach (var sheet in workbook.Worksheets)
        {
            foreach (var cell in sheet.CellsUsed())
            {
                var content = cell.HasFormula ? "=" + cell.FormulaA1 : cell.GetString();
                cells[$"{sheet.Name}!{cell.Address}"] = $"{content} | {cell.Style.NumberFormat.Format}";
            }
        }

        var tables = workbook.Worksheets.SelectMany(s => s.Tables)
            .Select(t => $"table {t.Name}={t.Worksheet.Name}!{t.RangeAddress} totals={t.ShowTotalsRow}")
            .Concat(workbook.Worksheets.SelectMany(s => s.ConditionalFormats
                .Select(f => $"cf {s.Name}!{f.Range.RangeAddress} {f.ConditionalFormatType}")))
            .Concat(workbook.Worksheets.SelectMany(s => s.DataValidations
                .Select(v => $"dv {s.Name}!{string.Join(",", v.Ranges.Select(r => r.RangeAddress.ToString()))} {v.AllowedValues} {v.Value}")))
            .Concat(workbook.Worksheets.Select(s =>
                $"sheet {s.Name} freeze={s.SheetView.SplitRow},{s.SheetView.SplitColumn} print={s.PageSetup.PageOrientation}," +
                $"{s.PageSetup.PagesWide}x{s.PageSetup.PagesTall} titles={s.PageSetup.FirstRowToRepeatAtTop}-{s.PageSetup.LastRowToRepeatAtTop}"))
            .OrderBy(t => t, StringComparer.Ordinal)
            .ToList();
        var names = workbook.NamedRanges.Select(n => $"{n.Name}={string.Join(",", n.RefersTo)}").ToList();
        foreach (var stored in TemplateCheck.StoredFormulas(path))
        {
            cells["stored " + stored] = "present";
        }

        return new Snapshot(TemplateCheck.ChartFormulas(path), tables, names, cells);
    }

    /// <summary>Differences between this snapshot and a later one.</summary>
    public IEnumerable<string> Compare(Snapshot after, string stage)
    {
        if (!ChartFormulas.SequenceEqual(after.ChartFormulas))
        {
            yield return $"{stage}: chart formulas changed: [{string.Join("; ", ChartFormulas)}] -> [{string.Join("; ", after.ChartFormulas)}]";
        }

        if (!Tables.SequenceEqual(after.Tables))
        {
            yield return $"{stage}: tables changed: {string.Join(", ", after.Tables)}";
        }

        if (!Names.SequenceEqual(after.Names))
        {
            yield return $"{stage}: defined names changed: {string.Join(", ", after.Names)}";
        }

        foreach (var (address, before) in Cells)
        {
            if (!after.Cells.TryGetValue(address, out var now) || now != before)
            {
                yield return $"{stage}: {address} was '{before}', now '{now}'";
            }
        }
    }
}
