namespace ReportAutomation.Rendering.Word.Docx;

/// <summary>The namespaces the memo reads and writes Word's XML in.</summary>
internal static class WordXml
{
    /// <summary>WordprocessingML's main namespace (the <c>w:</c> prefix).</summary>
    public const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The namespace of namespace declarations (<c>xmlns:</c>).</summary>
    public const string Xmlns = "http://www.w3.org/2000/xmlns/";
}
