namespace ReportAutomation.Core.Templates.Model;

/// <summary>A model list that projects its items on demand, so huge lists are never copied.</summary>
internal interface ITemplateList : System.Collections.IEnumerable
{
    /// <summary>Number of items.</summary>
    int Count { get; }

    /// <summary>The item at <paramref name="index"/>, projected now.</summary>
    object? ItemAt(int index);
}
