namespace ReportAutomation.Core.Templates.Model;

/// <summary>Marks a type whose public properties are template fields (exposed in snake_case).</summary>
internal interface ITemplateView;
