using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using ReportAutomation.TemplateFactory.Charts;
using ReportAutomation.TemplateFactory.Packaging;
using ReportAutomation.TemplateFactory.Sheets;

namespace ReportAutomation.TemplateFactory;

/// <summary>Builds templates/weekly-ir.xlsx: ClosedXML for sheets, tables and styles, then the OpenXml SDK for charts.</summary>
internal static class WeeklyIrTemplate
{
    /// <summary>The fixed document date, so the same factory code always produces the same bytes.</summary>
    public static readonly DateTime DocumentDate = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The whole template as .xlsx bytes.</summary>
    public static byte[] Build()
    {
        using var buffer = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            DescribeDocument(workbook);
            SummarySheet.Build(workbook);
            InvestmentsSheet.Build(workbook);
            SentimentSheet.Build(workbook);
            ArticlesSheet.Build(workbook);
            DataIssuesSheet.Build(workbook);
            AboutSheet.Build(workbook);
            workbook.Worksheet(Layout.Summary).SetTabActive();
            workbook.SaveAs(buffer, new SaveOptions { EvaluateFormulasBeforeSaving = false, ValidatePackage = false });
        }

        using (var document = SpreadsheetDocument.Open(buffer, true))
        {
            ChartWriter.AddCharts(document, TemplateCharts.All);
        }

        return DeterministicPackage.Normalize(buffer.ToArray(), DocumentDate);
    }

    private static void DescribeDocument(XLWorkbook workbook)
    {
        var properties = workbook.Properties;
        properties.Title = "Weekly IR pack";
        properties.Subject = "Weekly investor-relations pack: investments, sentiment, articles, data issues";
        properties.Author = "ReportAutomation";
        properties.Company = "ReportAutomation";
        properties.Category = "Investor relations";
        properties.Keywords = "weekly; IR; investments; sentiment; template";
        properties.Comments = "Template with Liquid placeholders, filled by the ReportAutomation renderer (see docs/weekly-ir-template.md).";
        properties.LastModifiedBy = "ReportAutomation.TemplateFactory";
        properties.Created = DocumentDate;
        properties.Modified = DocumentDate;
    }
}
