using ReportAutomation.Core.Templates;
using ReportAutomation.Rendering.Pdf.Template;

namespace ReportAutomation.Rendering.Pdf.Compiled;

/// <summary>
/// Checks a read deck template against the model with Core's template engine: every text is parsed and every name it
/// reads is checked (with "did you mean"), loops and conditions are parsed the way the workbook's row loops are.
/// </summary>
internal sealed class DeckCompiler(TemplateEngine engine, List<TemplateError> errors)
{
    /// <summary>The checked deck, or null when any error was found.</summary>
    public CompiledDeck? Compile(DeckSpec spec)
    {
        var before = errors.Count;
        var root = engine.RootShape;
        var deck = new CompiledDeck(
            spec.Page, spec.Theme, Text(spec.Document.Title, root), Text(spec.Document.Subject, root), Text(spec.Document.Author, root),
            Text(spec.Document.Keywords, root), Text(spec.Theme.Footer, root), [.. spec.Slides.Select(s => Slide(BuiltIn.Complete(s), root))]);
        return errors.Count == before ? deck : null;
    }

    private CompiledSlide Slide(SlideSpec slide, TemplateScopeShape shape)
    {
        var when = slide.When is null ? null : Directive(slide.When, "if", "endif", shape, out _);
        var repeat = slide.Repeat is null ? null : Directive(slide.Repeat, "for", "endfor", shape, out shape);
        var rowShape = shape;
        var cardShape = shape;
        var rows = slide.Rows is null ? null : Directive(slide.Rows, "for", "endfor", shape, out rowShape);
        var cards = slide.Cards is null ? null : Directive(slide.Cards, "for", "endfor", shape, out cardShape);
        var card = slide.Card is null ? null : new CompiledCard(
            Text(slide.Card.Title, cardShape), Text(slide.Card.Link, cardShape), Text(slide.Card.Site, cardShape), Text(slide.Card.Date, cardShape),
            Text(slide.Card.Sentiment, cardShape), Text(slide.Card.Badge, cardShape), Text(slide.Card.Summary, cardShape), Text(slide.Card.Figures, cardShape));
        return new CompiledSlide(
            slide.Layout, slide.Location, when, repeat, Text(slide.Title, shape), Text(slide.Subtitle, shape),
            [.. slide.Bullets.Select(b => Text(b, shape)!)],
            [.. slide.Tiles.Select(t => new CompiledTile(Text(t.Label, shape)!, Text(t.Value, shape)!, Text(t.Delta, shape), Text(t.DeltaText, shape), Text(t.Note, shape)))],
            slide.Chart, rows, [.. slide.Columns.Select(c => new CompiledColumn(c.Header, Text(c.Value, rowShape)!, c.Align, c.Width))],
            Text(slide.Empty, shape), cards, card, slide.PerSlide, Text(slide.Text, shape));
    }

    private CompiledText? Text(TextSpec? spec, TemplateScopeShape shape)
    {
        if (spec is null)
        {
            return null;
        }

        var outcome = engine.Parse(spec.Text, spec.Location);
        errors.AddRange(outcome.Errors);
        if (outcome.Template is null)
        {
            return null;
        }

        errors.AddRange(engine.Check(outcome.Template, shape));
        return new CompiledText(outcome.Template);
    }

    // "x in investments" and "totals.issues > 0" become the workbook's row directives, so they parse, check and evaluate
    // exactly as a row loop or row condition does.
    private CompiledLoop? Directive(TextSpec spec, string tag, string end, TemplateScopeShape shape, out TemplateScopeShape inner)
    {
        inner = shape;
        var markup = spec.Text.Trim();
        if (markup.StartsWith("{{", StringComparison.Ordinal) && markup.EndsWith("}}", StringComparison.Ordinal))
        {
            markup = markup[2..^2].Trim();
        }

        if (markup.Length == 0 || markup.Contains("%}", StringComparison.Ordinal) || markup.Contains("{%", StringComparison.Ordinal))
        {
            errors.Add(new TemplateError(spec.Location, tag == "for" ? "write a collection as \"x in investments\"" : "write a condition such as \"totals.issues > 0\""));
            return null;
        }

        var directive = engine.ParseRowDirective([$"{{% {tag} {markup} %}}", $"{{% {end} %}}"], spec.Location, out var found);
        errors.AddRange(found);
        if (directive is null)
        {
            return null;
        }

        errors.AddRange(engine.Check(directive, shape));
        inner = engine.ShapeInside(directive, shape);
        return new CompiledLoop(engine, directive);
    }
}
