using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Pipeline;
using ReportAutomation.TestKit;

namespace ReportAutomation.Rendering.Pdf.Tests;

/// <summary>Renders a deck into a temp folder: the shipped template or a template text written by the test.</summary>
internal sealed class DeckRun : IDisposable
{
    private readonly TempFolder _folder = new("ra-deck");

    /// <summary>The folder the template and output live in.</summary>
    public string Folder => _folder.Path;

    /// <summary>The shipped deck template.</summary>
    public static string ShippedTemplate => Path.Combine(RepoPaths.Templates, "weekly-ir-deck.json");

    /// <summary>Writes a template text as <c>weekly-ir-deck.json</c> and returns its path.</summary>
    public string Template(string json) => _folder.Write("weekly-ir-deck.json", json);

    /// <summary>Writes a file next to the template (a logo, a font).</summary>
    public string Write(string name, byte[] bytes)
    {
        var path = _folder.File(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Renders <paramref name="pack"/> from <paramref name="template"/> to <c>NAME.pdf</c>.</summary>
    public RenderResult Render(WeeklyPack pack, string template, string name = "deck", ILogger<PdfDeckRenderer>? logger = null, bool? writePagesInBackground = null)
    {
        var renderer = new PdfDeckRenderer(logger ?? NullLogger<PdfDeckRenderer>.Instance) { WritePagesInBackground = writePagesInBackground };
        return renderer.Render(pack, new RenderRequest(template, _folder.File(name + ".pdf"), CultureInfo.InvariantCulture));
    }

    /// <summary>Renders and asserts success; returns the PDF's path.</summary>
    public string RenderOk(WeeklyPack pack, string template, string name = "deck", ILogger<PdfDeckRenderer>? logger = null, bool? writePagesInBackground = null)
    {
        var result = Render(pack, template, name, logger, writePagesInBackground);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.OutputPath!;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("KEEP_DECKS") != "1")
        {
            _folder.Dispose();
        }
    }
}
