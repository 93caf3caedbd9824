using System.Diagnostics;
using Microsoft.Extensions.Logging;
using ReportAutomation.Core.IO;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Pipeline;
using ReportAutomation.Core.Templates;
using ReportAutomation.Rendering.Pdf.Compiled;
using ReportAutomation.Rendering.Pdf.Drawing;
using ReportAutomation.Rendering.Pdf.Output;
using ReportAutomation.Rendering.Pdf.Template;
using ReportAutomation.Rendering.Pdf.Text;
using SkiaSharp;

namespace ReportAutomation.Rendering.Pdf;

/// <summary>
/// Draws the PDF deck from a JSON deck template (<c>&lt;pack&gt;-deck.json</c>) with SkiaSharp: landscape slides, vector
/// charts from Core's chart descriptions, tables and cards that paginate, shipped fonts embedded as subsets, an outline
/// entry per slide, PDF/A-2b metadata, and the same bytes for the same inputs and clock.
/// </summary>
public sealed class PdfDeckRenderer(ILogger<PdfDeckRenderer> logger) : IPackRenderer
{
    /// <summary>The suffix that marks a deck template, e.g. <c>weekly-ir-deck.json</c>.</summary>
    public const string TemplateSuffix = "-deck.json";

    /// <inheritdoc />
    public string Format => "pdf";

    /// <summary>Whether Skia writes the pages on a second thread while the layouts fill the next (default: when there are two cores).</summary>
    internal bool? WritePagesInBackground { get; init; }

    /// <inheritdoc />
    public string TemplateFileName(string packName) => packName + TemplateSuffix;

    /// <inheritdoc />
    public bool IsTemplate(string fileName) => fileName.EndsWith(TemplateSuffix, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public RenderResult Render(WeeklyPack pack, RenderRequest request, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var engine = new TemplateEngine(request.Culture);
        var errors = new List<TemplateError>();
        var spec = DeckTemplateReader.Read(request.TemplatePath, errors);
        CheckFiles(spec, request.TemplatePath, errors);

        // The fonts (Skia's and HarfBuzz's faces: the costliest step of a cold start after the bindings' compiling) load
        // on the other core while the bindings compile here; only from files that passed the checks.
        var loading = spec is not null && errors.Count == 0 ? DeckFonts.LoadInBackground(spec.Theme.FontPaths) : null;
        var deck = spec is null ? null : Compile(spec, engine, errors);
        using var fonts = loading?.GetAwaiter().GetResult();
        if (deck is null || fonts is null)
        {
            logger.LogError("Template {Template} has {Count} problem(s); {Format} not written", Path.GetFileName(request.TemplatePath), errors.Count, Format);
            return new RenderResult(null, errors, clock.Elapsed);
        }

        try
        {
            var (pages, missing) = (0, (IReadOnlyCollection<int>)[]);
            AtomicFile.WriteVia(request.OutputPath, temp => (pages, missing) = Draw(pack, deck, engine, fonts, temp, request, cancellationToken));
            if (missing.Count > 0)
            {
                logger.LogWarning(
                    "{Output}: {Count} character(s) that no font has are drawn as empty boxes ({Characters}); add a font that has them to theme.fonts in {Template}",
                    request.OutputPath, missing.Count, Describe(missing), Path.GetFileName(request.TemplatePath));
            }

            logger.LogInformation("Wrote {Output} with {Pages} slide(s) in {ElapsedMs} ms", request.OutputPath, pages, clock.ElapsedMilliseconds);
            return new RenderResult(request.OutputPath, [], clock.Elapsed);
        }
        catch (TemplateRenderException ex)
        {
            logger.LogError("Template {Template} failed while filling at {Location}: {Message}", Path.GetFileName(request.TemplatePath), ex.Error.Location, ex.Error.Message);
            return new RenderResult(null, [ex.Error], clock.Elapsed);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<TemplateError> Check(string templatePath)
    {
        var errors = new List<TemplateError>();
        var spec = DeckTemplateReader.Read(templatePath, errors);
        CheckFiles(spec, templatePath, errors);
        if (spec is not null)
        {
            Compile(spec, new TemplateEngine(), errors);
        }

        return errors;
    }

    private static CompiledDeck? Compile(DeckSpec spec, TemplateEngine engine, List<TemplateError> errors)
    {
        var deck = new DeckCompiler(engine, errors).Compile(spec);
        return errors.Count == 0 ? deck : null;
    }

    // A logo that is no image or a font Skia cannot read is a template error, found before anything is drawn.
    private static void CheckFiles(DeckSpec? spec, string templatePath, List<TemplateError> errors)
    {
        if (spec is null)
        {
            return;
        }

        var template = Path.GetFileName(templatePath);
        if (spec.Theme.LogoPath is { } logo)
        {
            using var data = SKData.Create(logo);
            using var image = data is null ? null : SKImage.FromEncodedData(data);
            if (image is null)
            {
                errors.Add(new TemplateError(new TemplateLocation(template, "theme.logo"), $"'{Path.GetFileName(logo)}' is not a PNG or JPEG image"));
            }
        }

        foreach (var (font, i) in spec.Theme.FontPaths.Select((f, i) => (f, i)))
        {
            if (!DeckFonts.IsFont(font))
            {
                errors.Add(new TemplateError(new TemplateLocation(template, $"theme.fonts[{i}]"), $"'{Path.GetFileName(font)}' is not a font file (TTF or OTF)"));
            }
        }
    }

    // The first few missing characters as the reader sees them and by code point: "中 U+4E2D, 国 U+56FD, …".
    private static string Describe(IReadOnlyCollection<int> codepoints) =>
        string.Join(", ", codepoints.Take(8).Select(c => $"{char.ConvertFromUtf32(c)} U+{c:X4}")) + (codepoints.Count > 8 ? ", …" : string.Empty);

    // The slides drawn, and the characters no font had.
    private (int Pages, IReadOnlyCollection<int> Missing) Draw(WeeklyPack pack, CompiledDeck deck, TemplateEngine engine, DeckFonts fonts, string path, RenderRequest request, CancellationToken cancellationToken)
    {
        var scope = engine.CreateScope(pack);
        using var text = new TextPainter(fonts);
        using var logo = deck.Theme.LogoPath is { } file ? SKImage.FromEncodedData(file) : null;
        var title = deck.Title?.Render(scope) ?? $"{pack.Name} {pack.Week.Label}";
        var metadata = new SKDocumentPdfMetadata
        {
            Title = title,
            Subject = deck.Subject?.Render(scope) ?? string.Empty,
            Author = deck.Author?.Render(scope) ?? string.Empty,
            Keywords = deck.Keywords?.Render(scope) ?? string.Empty,
            Creator = "ReportAutomation " + pack.Version,
            Producer = "ReportAutomation (SkiaSharp PDF)",
            Creation = pack.GeneratedAt.UtcDateTime,
            Modified = pack.GeneratedAt.UtcDateTime,
            RasterDpi = 300,
            PdfA = true,
        };

        IReadOnlyList<string> titles;
        IReadOnlyList<PreparedFont> subsets;
        using (var stream = new SKFileWStream(path))
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            using (var sink = new PageSink(document, deck.Page.Width, deck.Page.Height, WritePagesInBackground))
            {
                var context = new DeckContext(deck.Page, deck.Theme, text, logo, request.Culture, pack);
                new DeckDrawer(context, sink, deck, cancellationToken).Draw(scope);
                if (sink.Count == 0)
                {
                    // Every slide was conditional and none applied: a deck still has its cover.
                    TitlePainter.Draw(sink.Begin(title), context, title, null, null, null, 1);
                    sink.End();
                }

                // Skia writes the last pages and closes the file on the writer thread while the fonts are cut down here.
                sink.CloseDocument();
                subsets = PdfFontSubsetter.Prepare(fonts.All);
                sink.Complete();
                titles = sink.Titles;
            }
        }

        PdfTrailerId.HexEncode(path);
        PdfFontSubsetter.Apply(path, subsets);
        PdfOutline.Append(path, titles, PageSink.Destination);
        PdfDocumentId.Stabilise(path);
        return (titles.Count, text.Missing);
    }
}
