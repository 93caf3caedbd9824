using DocumentFormat.OpenXml.Wordprocessing;
using ReportAutomation.Core.Templates;

namespace ReportAutomation.Rendering.Word.Templating;

/// <summary>
/// A memo template as scanned: its parts' content ready to fill, the document element the body is written in, and the
/// engine its placeholders were parsed and checked with. Filling reads it and never changes it; when every part was read
/// into trees of their own (<paramref name="Reusable"/>), it fills any number of memos from the same template bytes.
/// </summary>
internal sealed record MemoTemplate(IReadOnlyList<TemplatePart> Parts, Document Document, TemplateEngine Engine, bool Reusable);
