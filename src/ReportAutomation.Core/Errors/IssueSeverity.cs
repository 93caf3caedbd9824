namespace ReportAutomation.Core.Errors;

/// <summary>How serious a data issue is.</summary>
public enum IssueSeverity
{
    /// <summary>A row or article was left out (bad date, bad amount, score out of range, undated article).</summary>
    Error,

    /// <summary>The input was kept, but the user should know (an unknown column, a derived title, a date taken from the file's time).</summary>
    Warning,
}
