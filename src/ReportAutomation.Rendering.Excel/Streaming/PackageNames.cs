namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Namespaces, relationship types and content types of the parts the expander reads or writes.</summary>
internal static class PackageNames
{
    public const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string PackageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    public const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    public const string SpreadsheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string ChartNamespace = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    public const string SpreadsheetDrawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

    public const string OfficeDocumentType = RelationshipsNamespace + "/officeDocument";
    public const string WorksheetType = RelationshipsNamespace + "/worksheet";
    public const string TableType = RelationshipsNamespace + "/table";
    public const string DrawingType = RelationshipsNamespace + "/drawing";
    public const string CommentsType = RelationshipsNamespace + "/comments";
    public const string CalcChainType = RelationshipsNamespace + "/calcChain";
    public const string HyperlinkType = RelationshipsNamespace + "/hyperlink";

    public const string ChartContentType = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
    public const string PivotCacheContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml";
}
