using System.Diagnostics;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Logging;
using ReportAutomation.Core.IO;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Pipeline;
using ReportAutomation.Core.Templates;
using ReportAutomation.Rendering.Word.Charts;
using ReportAutomation.Rendering.Word.Docx;
using ReportAutomation.Rendering.Word.Templating;

namespace ReportAutomation.Rendering.Word;

/// <summary>
/// Fills a Word template (<c>&lt;pack&gt;-memo.docx</c>) with the product's template language: placeholders in the body,
/// tables, headers, footers, footnotes and text boxes (whatever runs Word split them into), paragraph blocks and table
/// rows that repeat, native charts, hyperlinks; fields update on open; the same pack gives the same bytes.
/// </summary>
public sealed class WordMemoRenderer(ILogger<WordMemoRenderer> logger) : IPackRenderer
{
    /// <summary>Largest uncompressed template opened (the zip guard refuses bigger ones before parsing).</summary>
    public const long MaxTemplateBytes = 64L * 1024 * 1024;

    /// <summary>The suffix that marks a memo template.</summary>
    public const string TemplateSuffix = "-memo.docx";

    private const double MaxCompressionRatio = 200;

    /// <inheritdoc />
    public string Format => "docx";

    /// <inheritdoc />
    public string TemplateFileName(string packName) => packName + TemplateSuffix;

    /// <inheritdoc />
    public bool IsTemplate(string fileName) => fileName.EndsWith(TemplateSuffix, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public RenderResult Render(WeeklyPack pack, RenderRequest request, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var name = Path.GetFileName(request.TemplatePath);
        var engine = new TemplateEngine(request.Culture);
        var errors = new List<TemplateError>();
        using var package = Open(request.TemplatePath, errors);
        if (package is null)
        {
            return new RenderResult(null, errors, clock.Elapsed);
        }

        try
        {
            using (var document = WordprocessingDocument.Open(package, true, Settings))
            {
                var main = document.MainDocumentPart!;
                var templates = new TemplateCache(engine, errors);
                var parts = Scan(main, name, engine, templates, errors);
                if (errors.Count > 0)
                {
                    logger.LogError("Template {Template} has {Count} problem(s); {Format} not written", name, errors.Count, Format);
                    return new RenderResult(null, errors, clock.Elapsed);
                }

                cancellationToken.ThrowIfCancellationRequested();
                Fill(pack, main, parts, engine, cancellationToken);
                MemoSettings.Apply(document, pack, engine);
                document.Save();
            }

            cancellationToken.ThrowIfCancellationRequested();
            // The saved package's entries carry the clock's time, not now.
            AtomicFile.Write(request.OutputPath, output => ZipStamp.WriteStamped(package, output, ZipStamp.TimeFor(pack.GeneratedAt)));
            logger.LogInformation("Wrote {Output} from {Template} in {ElapsedMs} ms", request.OutputPath, name, clock.ElapsedMilliseconds);
            return new RenderResult(request.OutputPath, [], clock.Elapsed);
        }
        catch (TemplateRenderException ex)
        {
            logger.LogError("Template {Template} failed while filling at {Location}: {Message}", name, ex.Error.Location, ex.Error.Message);
            return new RenderResult(null, [ex.Error], clock.Elapsed);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<TemplateError> Check(string templatePath)
    {
        var errors = new List<TemplateError>();
        using var package = Open(templatePath, errors);
        if (package is not null)
        {
            var engine = new TemplateEngine();
            using var document = WordprocessingDocument.Open(package, true, Settings);
            Scan(document.MainDocumentPart!, Path.GetFileName(templatePath), engine, new TemplateCache(engine, errors), errors);
        }

        return errors;
    }

    // The probe reads under the same limits as the SDK's own loading (no DTDs, MaxCharactersInPart).
    private static readonly XmlReaderSettings ProbeSettings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = true, MaxCharactersInDocument = MaxTemplateBytes };

    private static OpenSettings Settings => new() { MaxCharactersInPart = MaxTemplateBytes, AutoSave = false };

    private static List<TemplatePart> Scan(MainDocumentPart main, string name, TemplateEngine engine, TemplateCache templates, List<TemplateError> errors)
    {
        TemplatePartReader.ReadAll(main, ProbeSettings);
        var parts = TemplateParts.Of(main);
        var locations = new Dictionary<OpenXmlElement, PartLocations>();
        foreach (var part in parts)
        {
            if (!locations.TryGetValue(part.PartRoot, out var partLocations))
            {
                RunMerger.MergeAll(part.PartRoot);
                partLocations = new PartLocations(name, part.Label, part.PartRoot);
                CheckUnclosed(part.PartRoot, partLocations, errors);
                locations[part.PartRoot] = partLocations;
            }

            var scanner = new MemoScanner(engine, partLocations, templates, errors, part.IsBody);
            part.Nodes = scanner.Container(part.Container.ChildElements.ToList(), engine.RootShape);
        }

        return parts;
    }

    private static void Fill(WeeklyPack pack, MainDocumentPart main, List<TemplatePart> parts, TemplateEngine engine, CancellationToken cancellationToken)
    {
        var scope = engine.CreateScope(pack);
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        var charts = new WordChartWriter(main, ZipStamp.TimeFor(pack.GeneratedAt));
        string Link(string url)
        {
            if (!links.TryGetValue(url, out var id))
            {
                id = $"rIdRaLink{links.Count + 1}";
                main.AddHyperlinkRelationship(new Uri(url, UriKind.Absolute), true, id);
                links[url] = id;
            }

            return id;
        }

        var body = new MemoFiller(engine, Link, node => charts.Paragraph(node.Chart.For(pack), node.Paragraph.ParagraphProperties));
        var other = new MemoFiller(engine, null, null);
        foreach (var part in parts.Where(p => !p.IsBody))
        {
            var filled = other.Fill(part.Nodes, scope).ToList();
            part.Container.RemoveAllChildren();
            part.Container.Append(filled);
        }

        // The body, by far the largest part, is written as it is filled, never held whole.
        if (parts.FirstOrDefault(p => p.IsBody) is { } bodyPart)
        {
            StreamedBody.Write(main, body.Fill(bodyPart.Nodes, scope), cancellationToken);
        }
    }

    // Nothing that looks like a tag may survive into the memo: after merging, a "{{" or "{%" outside a whole tag is a brace
    // pair the author left open (text from data is never checked: an article title may contain "{{" and shows it literally).
    private static void CheckUnclosed(OpenXmlElement root, PartLocations locations, List<TemplateError> errors)
    {
        foreach (var paragraph in root.Descendants<Paragraph>())
        {
            foreach (var run in paragraph.Elements<Run>().Where(r => Runs.TagOf(r) is null))
            {
                var text = Runs.TextOf(run);
                var at = new[] { text.IndexOf("{{", StringComparison.Ordinal), text.IndexOf("{%", StringComparison.Ordinal) }.Where(i => i >= 0).DefaultIfEmpty(-1).Min();
                if (at >= 0)
                {
                    var snippet = text[at..Math.Min(text.Length, at + 30)];
                    errors.Add(new TemplateError(locations.Of(paragraph), $"'{snippet}' opens a placeholder that is not closed; write {{{{ name }}}} or {{% tag %}}"));
                }
            }
        }
    }

    // Reads a part through, which fails on XML that is not well-formed; true when its root is a w:document holding a w:body.
    private static bool ReadThrough(OpenXmlPart part)
    {
        const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        using var reader = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), ProbeSettings);
        var document = false;
        var body = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth <= 1 && reader.NamespaceURI == W)
            {
                document |= reader.Depth == 0 && reader.LocalName == "document";
                body |= document && reader.Depth == 1 && reader.LocalName == "body";
            }
        }

        return body;
    }

    private static MemoryStream? Open(string path, List<TemplateError> errors)
    {
        var location = new TemplateLocation(Path.GetFileName(path), string.Empty);
        try
        {
            if (ZipGuard.Check(path, MaxTemplateBytes, MaxCompressionRatio) is { } rejected)
            {
                errors.Add(new TemplateError(location, rejected));
                return null;
            }

            var stream = new MemoryStream();
            using (var file = File.OpenRead(path))
            {
                file.CopyTo(stream);
            }

            stream.Position = 0;
            using (var probe = WordprocessingDocument.Open(stream, false, Settings))
            {
                // Every XML part must be well-formed before anything is written; reading it through is enough (building the
                // SDK's element trees here, of styles, theme and numbering never touched again and of a document body parsed
                // again for filling, cost more than the rest of a small memo).
                var main = probe.MainDocumentPart;
                if (main is null || !ReadThrough(main))
                {
                    errors.Add(new TemplateError(location, "has no document body: it is not a Word document"));
                    return null;
                }

                foreach (var part in probe.GetAllParts().OfType<OpenXmlPart>().Where(p => p != main && p.ContentType.EndsWith("+xml", StringComparison.Ordinal)))
                {
                    ReadThrough(part);
                }
            }

            stream.Position = 0;
            return stream;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or IOException or UnauthorizedAccessException or FileFormatException or InvalidOperationException)
        {
            errors.Add(new TemplateError(location, "cannot be opened as a Word document: " + ex.Message));
            return null;
        }
    }
}
