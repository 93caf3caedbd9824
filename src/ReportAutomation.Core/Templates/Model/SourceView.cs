using ReportAutomation.Core.Model;

namespace ReportAutomation.Core.Templates.Model;

/// <summary>Template view of one input file.</summary>
internal sealed class SourceView(InputFile file) : ITemplateView
{
    public string Path => file.Path;

    public string Kind => file.Kind;

    public string Sha256 => file.Sha256;

    public long Bytes => file.Bytes;
}
