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
        var errors = new List<TemplateError>();
        if (ReadTemplate(request.TemplatePath, errors) is not { } bytes)
        {
            return new RenderResult(null, errors, clock.Elapsed);
        }

        // The same bytes were checked, probed and scanned by an earlier render: only the filling is left to do.
        var key = MemoTemplateCache.KeyOf(request.TemplatePath, request.Culture);
        var template = MemoTemplateCache.Rent(key, bytes);
        using var package = Held(bytes);
        if (template is null && !Probe(package, name, errors))
        {
            return new RenderResult(null, errors, clock.Elapsed);
        }

        try
        {
            using (var document = WordprocessingDocument.Open(package, true, Settings))
            {
                var main = document.MainDocumentPart!;
                template ??= Scan(main, name, new TemplateEngine(request.Culture), errors);
                if (template is null)
                {
                    logger.LogError("Template {Template} has {Count} problem(s); {Format} not written", name, errors.Count, Format);
                    return new RenderResult(null, errors, clock.Elapsed);
                }

                cancellationToken.ThrowIfCancellationRequested();
                Fill(pack, main, template, cancellationToken);
                MemoSettings.Apply(document, pack, template.Engine);
                document.Save();
            }

            cancellationToken.ThrowIfCancellationRequested();
            // The saved package's entries carry the clock's time, not now.
            AtomicFile.Write(request.OutputPath, output => ZipStamp.WriteStamped(package, output, ZipStamp.TimeFor(pack.GeneratedAt)));
            MemoTemplateCache.Return(key, bytes, template);
            logger.LogInformation("Wrote {Output} from {Template} in {ElapsedMs} ms", request.OutputPath, name, clock.ElapsedMilliseconds);
            return new RenderResult(request.OutputPath, [], clock.Elapsed);
        }
        catch (TemplateRenderException ex)
        {
            // A template that failed on this pack's data is kept: the next pack may fill it.
            MemoTemplateCache.Return(key, bytes, template!);
            logger.LogError("Template {Template} failed while filling at {Location}: {Message}", name, ex.Error.Location, ex.Error.Message);
            return new RenderResult(null, [ex.Error], clock.Elapsed);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<TemplateError> Check(string templatePath)
    {
        var errors = new List<TemplateError>();
        if (ReadTemplate(templatePath, errors) is { } bytes)
        {
            using var package = Held(bytes);
            if (Probe(package, Path.GetFileName(templatePath), errors))
            {
                using var document = WordprocessingDocument.Open(package, true, Settings);
                Scan(document.MainDocumentPart!, Path.GetFileName(templatePath), new TemplateEngine(), errors);
            }
        }

        return errors;
    }

    // The probe reads under the same limits as the SDK's own loading (no DTDs, MaxCharactersInPart).
    private static readonly XmlReaderSettings ProbeSettings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = true, MaxCharactersInDocument = MaxTemplateBytes };

    private static OpenSettings Settings => new() { MaxCharactersInPart = MaxTemplateBytes, AutoSave = false };

    // Null (with the errors) when a placeholder is malformed, unknown or misplaced.
    private static MemoTemplate? Scan(MainDocumentPart main, string name, TemplateEngine engine, List<TemplateError> errors)
    {
        var templates = new TemplateCache(engine, errors);
        var parts = TemplateParts.Of(main, ProbeSettings, out var document, out var detached);
        if (document is null)
        {
            errors.Add(new TemplateError(new TemplateLocation(name, string.Empty), "has no document body: it is not a Word document"));
            return null;
        }

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

        return errors.Count == 0 ? new MemoTemplate(parts, document, engine, detached) : null;
    }

    private static void Fill(WeeklyPack pack, MainDocumentPart main, MemoTemplate template, CancellationToken cancellationToken)
    {
        var engine = template.Engine;
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

        // Headers, footers and notes get new root elements of their own: the template's are read, never changed.
        var other = new MemoFiller(engine, null, null);
        foreach (var group in template.Parts.Where(p => !p.IsBody).GroupBy(p => p.PartRoot))
        {
            var root = (OpenXmlPartRootElement)group.Key.CloneNode(false);
            if (group.First().Container == group.Key)
            {
                // A header or footer: the part's content is the template part's.
                root.Append(other.Fill(group.First().Nodes, scope));
            }
            else
            {
                // Footnotes or endnotes: each note (Word's separators too) filled in its place.
                foreach (var child in group.Key.ChildElements)
                {
                    var part = group.FirstOrDefault(p => p.Container == child);
                    root.AppendChild(part is null ? child.CloneNode(true) : Filled(part.Container.CloneNode(false), other.Fill(part.Nodes, scope)));
                }
            }

            SetRoot(main, group.First().PartUri, root);
        }

        // The body, by far the largest part, is written as it is filled, never held whole.
        if (template.Parts.FirstOrDefault(p => p.IsBody) is { } bodyPart)
        {
            var body = new MemoFiller(engine, Link, node => charts.Paragraph(node.Chart.For(pack), node.Paragraph.ParagraphProperties));
            StreamedBody.Write(main, template.Document, body.Fill(bodyPart.Nodes, scope), cancellationToken);
        }
    }

    private static OpenXmlElement Filled(OpenXmlElement container, IEnumerable<OpenXmlElement> content)
    {
        container.Append(content);
        return container;
    }

    // The part of this package at the template part's place gets the filled root (the same bytes, so the same parts).
    private static void SetRoot(MainDocumentPart main, Uri uri, OpenXmlPartRootElement root)
    {
        switch (root)
        {
            case Header header:
                main.HeaderParts.First(p => p.Uri == uri).Header = header;
                break;
            case Footer footer:
                main.FooterParts.First(p => p.Uri == uri).Footer = footer;
                break;
            case Footnotes footnotes:
                main.FootnotesPart!.Footnotes = footnotes;
                break;
            case Endnotes endnotes:
                main.EndnotesPart!.Endnotes = endnotes;
                break;
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
        using var reader = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), ProbeSettings);
        var document = false;
        var body = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth <= 1 && reader.NamespaceURI == WordXml.Main)
            {
                document |= reader.Depth == 0 && reader.LocalName == "document";
                body |= document && reader.Depth == 1 && reader.LocalName == "body";
            }
        }

        return body;
    }

    // The template's bytes, read once: checked, probed, scanned and filled from memory, so what was checked is what is filled.
    private static byte[]? ReadTemplate(string path, List<TemplateError> errors)
    {
        try
        {
            if (new FileInfo(path).Length > MaxTemplateBytes)
            {
                errors.Add(new TemplateError(new TemplateLocation(Path.GetFileName(path), string.Empty), $"is larger than {MaxTemplateBytes / (1024 * 1024)} MB: not opened"));
                return null;
            }

            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(new TemplateError(new TemplateLocation(Path.GetFileName(path), string.Empty), "cannot be read: " + ex.Message));
            return null;
        }
    }

    // The package is opened for editing in memory: a stream that can grow, the template's bytes left as they are.
    private static MemoryStream Held(byte[] bytes)
    {
        var package = new MemoryStream(bytes.Length + (bytes.Length / 2));
        package.Write(bytes);
        package.Position = 0;
        return package;
    }

    // The zip guard and a read-through of every XML part, before the SDK builds anything from them.
    private static bool Probe(MemoryStream package, string name, List<TemplateError> errors)
    {
        var location = new TemplateLocation(name, string.Empty);
        try
        {
            package.Position = 0;
            if (ZipGuard.Check(package, MaxTemplateBytes, MaxCompressionRatio) is { } rejected)
            {
                errors.Add(new TemplateError(location, rejected));
                return false;
            }

            package.Position = 0;
            using (var probe = WordprocessingDocument.Open(package, false, Settings))
            {
                // Every XML part must be well-formed before anything is written; reading it through is enough (building the
                // SDK's element trees here, of styles, theme and numbering never touched again and of a document body parsed
                // again for filling, cost more than the rest of a small memo).
                var main = probe.MainDocumentPart;
                if (main is null || !ReadThrough(main))
                {
                    errors.Add(new TemplateError(location, "has no document body: it is not a Word document"));
                    return false;
                }

                foreach (var part in probe.GetAllParts().OfType<OpenXmlPart>().Where(p => p != main && p.ContentType.EndsWith("+xml", StringComparison.Ordinal)))
                {
                    ReadThrough(part);
                }
            }

            package.Position = 0;
            return true;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or IOException or UnauthorizedAccessException or FileFormatException or InvalidOperationException)
        {
            errors.Add(new TemplateError(location, "cannot be opened as a Word document: " + ex.Message));
            return false;
        }
    }
}
