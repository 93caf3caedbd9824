using ReportAutomation.Core.Errors;

namespace ReportAutomation.Core.Templates.Model;

/// <summary>Template view of one data issue.</summary>
internal sealed class IssueView(DataIssue issue) : ITemplateView
{
    public string File => issue.File;

    public int? Line => issue.Line;

    public string? Column => issue.Column;

    public string? Value => issue.Value;

    public string Reason => issue.Reason;

    public string Location => issue.Location;

    /// <summary><c>error</c> (the input was left out) or <c>warning</c> (kept, but worth knowing).</summary>
    public string Severity => issue.IsError ? "error" : "warning";
}
