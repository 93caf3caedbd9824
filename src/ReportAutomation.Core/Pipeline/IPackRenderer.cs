using ReportAutomation.Core.Model;
using ReportAutomation.Core.Templates;

namespace ReportAutomation.Core.Pipeline;

/// <summary>Turns a <see cref="WeeklyPack"/> into one document from one template.</summary>
public interface IPackRenderer
{
    /// <summary>The output format, e.g. <c>xlsx</c>; also the template's file extension.</summary>
    string Format { get; }

    /// <summary>Renders the pack; template problems come back as values, the output is written atomically or not at all.</summary>
    RenderResult Render(WeeklyPack pack, RenderRequest request, CancellationToken cancellationToken = default);

    /// <summary>Lints a template without rendering it: every unknown field, bad filter or syntax error, with its location.</summary>
    IReadOnlyList<TemplateError> Check(string templatePath);
}
