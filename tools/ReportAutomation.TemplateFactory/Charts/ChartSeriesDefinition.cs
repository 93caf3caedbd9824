namespace ReportAutomation.TemplateFactory.Charts;

/// <summary>One chart series: where its name, categories and values live in the workbook.</summary>
/// <param name="NameFormula">Series name cell, e.g. <c>Sentiment!$A$5</c>.</param>
/// <param name="CategoriesFormula">Category labels (text cells), e.g. <c>Summary!$A$18:$A$18</c>.</param>
/// <param name="ValuesFormula">Numeric values, e.g. <c>Summary!$C$18:$C$18</c>.</param>
internal sealed record ChartSeriesDefinition(string NameFormula, string CategoriesFormula, string ValuesFormula);
