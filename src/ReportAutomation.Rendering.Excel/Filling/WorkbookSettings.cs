using ClosedXML.Excel;
using ReportAutomation.Core.Model;

namespace ReportAutomation.Rendering.Excel.Filling;

/// <summary>Document properties and sheet defaults every generated workbook carries.</summary>
internal static class WorkbookSettings
{
    /// <summary>Stamps the pack's identity (from the injected clock, so the same inputs give the same properties).</summary>
    public static void Apply(XLWorkbook workbook, WeeklyPack pack)
    {
        var when = pack.GeneratedAt.UtcDateTime;
        workbook.Properties.Title = $"{pack.Name} {pack.Week.Label}";
        workbook.Properties.Subject = $"Weekly pack for {pack.Week.Start:yyyy-MM-dd} to {pack.Week.End:yyyy-MM-dd}";
        workbook.Properties.Author = "ReportAutomation " + pack.Version;
        workbook.Properties.LastModifiedBy = "ReportAutomation " + pack.Version;
        workbook.Properties.Created = when;
        workbook.Properties.Modified = when;
        workbook.Properties.Keywords = $"{pack.Name}; {pack.Week.Label}";
        workbook.Properties.Comments = $"Built by ReportAutomation {pack.Version} from the {pack.Name} template for {pack.Week.Label}.";
        foreach (var sheet in workbook.Worksheets)
        {
            // Print setup the template may have left at defaults: landscape, one page wide.
            if (sheet.PageSetup.PagesWide == 0 && sheet.PageSetup.PagesTall == 0)
            {
                sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
                sheet.PageSetup.FitToPages(1, 0);
            }
        }
    }
}
