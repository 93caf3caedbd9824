namespace ReportAutomation.Core.Templates.Model;

/// <summary>The <c>forloop</c> variable of a row loop: the row's position (the total is unknown while rows stream).</summary>
internal sealed class RowLoopView(int index0) : ITemplateView
{
    public int Index => index0 + 1;

    public int Index0 => index0;

    public bool First => index0 == 0;
}
