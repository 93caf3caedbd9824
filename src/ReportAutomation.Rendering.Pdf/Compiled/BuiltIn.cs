using ReportAutomation.Core.Templates;
using ReportAutomation.Rendering.Pdf.Template;

namespace ReportAutomation.Rendering.Pdf.Compiled;

/// <summary>The ready-made parts of the <c>issues</c> and <c>sources</c> layouts, written in the template language like any slide.</summary>
internal static class BuiltIn
{
    /// <summary>The slide with the layout's defaults filled in where the template left them out.</summary>
    public static SlideSpec Complete(SlideSpec slide) => slide.Layout switch
    {
        SlideLayout.Issues => slide with
        {
            Title = slide.Title ?? Text(slide, "title", "Data issues"),
            Rows = slide.Rows ?? Text(slide, "rows", "i in issues"),
            Columns = slide.Columns.Count > 0 ? slide.Columns : Columns(slide, "i", [
                ("Severity", "{{ i.severity }}", ColumnAlign.Left, 1.1f), ("File", "{{ i.file }}", ColumnAlign.Left, 2.6f),
                ("Line", "{{ i.line }}", ColumnAlign.Right, 0.7f), ("Column", "{{ i.column }}", ColumnAlign.Left, 1.2f),
                ("Value", "{{ i.value }}", ColumnAlign.Left, 1.8f), ("Reason", "{{ i.reason }}", ColumnAlign.Left, 4f)]),
            Empty = slide.Empty ?? Text(slide, "empty", "No data issues this week: every row and article was read."),
        },
        SlideLayout.Sources => slide with
        {
            Title = slide.Title ?? Text(slide, "title", "Sources"),
            Rows = slide.Rows ?? Text(slide, "rows", "f in sources"),
            Columns = slide.Columns.Count > 0 ? slide.Columns : Columns(slide, "f", [
                ("File", "{{ f.path }}", ColumnAlign.Left, 3.5f), ("Kind", "{{ f.kind }}", ColumnAlign.Left, 1f),
                ("Bytes", "{{ f.bytes | number: 0 }}", ColumnAlign.Right, 1f), ("SHA-256", "{{ f.sha256 }}", ColumnAlign.Left, 5f)]),
            Empty = slide.Empty ?? Text(slide, "empty", "No input files."),
        },
        _ => slide,
    };

    private static TextSpec Text(SlideSpec slide, string field, string text) =>
        new(text, new TemplateLocation(slide.Location.Template, $"{slide.Location.Place}.{field} (built in)"));

    private static List<ColumnSpec> Columns(SlideSpec slide, string variable, (string Header, string Value, ColumnAlign Align, float Width)[] columns) =>
        [.. columns.Select((c, i) => new ColumnSpec(c.Header, Text(slide, $"columns[{i}]", c.Value), c.Align, c.Width))];
}
