namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>A worksheet of the workbook: name, position (for localSheetId), part and relationship part paths, and the parts it owns.</summary>
internal sealed record SheetPart(string Name, int Index, string Path, string RelationshipsPath,
    IReadOnlyList<string> Tables, IReadOnlyList<string> Drawings, IReadOnlyList<string> Comments, IReadOnlySet<string> RelationshipIds)
{
    /// <summary>The sheet's tables: display name and range, in the input's coordinates.</summary>
    public IReadOnlyList<TableArea> TableAreas { get; init; } = [];
}
