using ReportAutomation.Core.Model;
using ReportAutomation.Core.Templates;

namespace ReportAutomation.Core.Pipeline;

/// <summary>Turns a <see cref="WeeklyPack"/> into one document from one template.</summary>
public interface IPackRenderer
{
    /// <summary>The output format and file extension, e.g. <c>xlsx</c>.</summary>
    string Format { get; }

    /// <summary>The template file this renderer fills for a pack, e.g. <c>weekly-ir.xlsx</c> or <c>weekly-ir-memo.docx</c>.</summary>
    string TemplateFileName(string packName);

    /// <summary>True when a file in the templates folder is one of this renderer's templates (for <c>check-templates</c>).</summary>
    bool IsTemplate(string fileName);

    /// <summary>Renders the pack; template problems come back as values, the output is written atomically or not at all.</summary>
    RenderResult Render(WeeklyPack pack, RenderRequest request, CancellationToken cancellationToken = default);

    /// <summary>Lints a template without rendering it: every unknown field, bad filter or syntax error, with its location.</summary>
    IReadOnlyList<TemplateError> Check(string templatePath);
}
