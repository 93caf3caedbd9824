using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportAutomation.Core.Templates;

namespace ReportAutomation.Rendering.Word.Templating;

/// <summary>Names paragraphs the way a Word user finds them: <c>paragraph 14 ("Total invested …")</c>, counted in the part.</summary>
internal sealed class PartLocations
{
    private readonly string _template;
    private readonly string _part;
    private readonly Dictionary<Paragraph, int> _numbers = [];

    public PartLocations(string template, string part, OpenXmlElement root)
    {
        _template = template;
        _part = part;
        var n = 0;
        foreach (var paragraph in root.Descendants<Paragraph>())
        {
            _numbers[paragraph] = ++n;
        }
    }

    /// <summary>Where <paramref name="paragraph"/> is.</summary>
    public TemplateLocation Of(Paragraph paragraph)
    {
        var text = string.Concat(paragraph.Descendants<Text>().Select(t => t.Text)).Trim();
        var snippet = text.Length <= 40 ? text : text[..(text.LastIndexOf(' ', 40) is > 20 and var space ? space : 40)].TrimEnd() + " …";
        var number = _numbers.TryGetValue(paragraph, out var found) ? found : 0;
        var prefix = _part.Length == 0 ? string.Empty : _part + " ";
        return new TemplateLocation(_template, $"{prefix}paragraph {number} (\"{snippet}\")");
    }
}
