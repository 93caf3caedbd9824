using System.Text.Json;
using Json.Schema;
using ReportAutomation.TestKit;

namespace ReportAutomation.Rendering.Pdf.Tests.Template;

public sealed class DeckSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(Path.Combine(RepoPaths.Templates, "weekly-ir-deck.schema.json"));

    private static readonly JsonDocumentOptions Relaxed = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    [Fact]
    public void Schema_ShippedTemplate_IsValid()
    {
        using var template = JsonDocument.Parse(File.ReadAllText(DeckRun.ShippedTemplate), Relaxed);

        var result = Schema.Evaluate(template.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Theory]
    [InlineData("""{ "slides": [ { "layout": "pie" } ] }""")]
    [InlineData("""{ "theme": { "primary": "navy" }, "slides": [ { "layout": "title" } ] }""")]
    [InlineData("""{ "slides": [ { "layout": "title", "titel": "x" } ] }""")]
    public void Schema_TemplateTheRendererRejects_IsInvalidToo(string json)
    {
        using var document = JsonDocument.Parse(json);
        Assert.False(Schema.Evaluate(document.RootElement).IsValid);
    }
}
