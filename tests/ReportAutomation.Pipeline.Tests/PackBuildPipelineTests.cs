using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Packs;
using ReportAutomation.Core.Pipeline;
using ReportAutomation.Core.Weeks;
using ReportAutomation.Ingestion;
using ReportAutomation.TestKit;

namespace ReportAutomation.Pipeline.Tests;

public sealed class PackBuildPipelineTests
{
    // Saturday 2026-12-05 in London: the last complete week is 2026-W48.
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Load_Latest_TakesTheLatestCompleteWeekWithDataAndIgnoresFutureRows()
    {
        // Given figures in 2026-W45 and in 2026-W50 (after the last complete week)
        using var temp = new TempFolder("pipeline");
        var inputs = Inputs(temp, "2026-11-04,Microsoft,Early,100,USD,Capex,Tracker", "2026-12-09,Microsoft,Future,100,USD,Capex,Tracker");

        // When the latest week is asked for
        var pack = Pipeline([]).Load(new PackLoadRequest(inputs, WeekChoice.Latest, CultureInfo.InvariantCulture, new PackOptions()));

        // Then W45 is built: W50 is not over yet
        Assert.Equal("2026-W45", pack.Week.Label);
        Assert.Equal("Early", Assert.Single(pack.Investments).Target);
    }

    [Fact]
    public void Load_LatestWithNoDataAtAll_FallsBackToTheLastCompleteWeek()
    {
        using var temp = new TempFolder("pipeline");
        var inputs = Inputs(temp);

        var pack = Pipeline([]).Load(new PackLoadRequest(inputs, WeekChoice.Latest, CultureInfo.InvariantCulture, new PackOptions()));

        Assert.Equal("2026-W48", pack.Week.Label);
    }

    [Fact]
    public void Build_OneRendererThrows_TheOtherDocumentIsWrittenAndTheFailedOneRemoved()
    {
        // Given two templates, a renderer that fails and one that works, and a stale document from an earlier run
        using var temp = new TempFolder("pipeline");
        var inputs = Inputs(temp, "2026-11-25,Microsoft,Site,100,USD,Capex,Tracker");
        temp.Write("templates/weekly-ir.bad", "template");
        temp.Write("templates/weekly-ir.good", "template");
        var stale = temp.Write("out/weekly-ir/2026-W48/weekly-ir-2026-W48.bad", "last week's");
        var notices = new List<string>();

        // When the pack is built
        var result = Pipeline([new FileRenderer("bad", fail: true), new FileRenderer("good", fail: false)], new RecordingObserver(notices))
            .Build(new PackBuildRequest(new PackLoadRequest(inputs, WeekChoice.LastComplete, CultureInfo.InvariantCulture, new PackOptions()), temp.File("templates"), temp.File("out")));

        // Then the good document and the manifest are in place, the failed one is gone and reported with its reason
        Assert.True(result.AnyDocumentFailed);
        Assert.False(File.Exists(stale));
        Assert.Equal(["manifest.json", "weekly-ir-2026-W48.good"], result.WrittenFiles.Select(Path.GetFileName));
        Assert.Equal("rendered weekly-ir 2026-W48", File.ReadAllText(result.WrittenFiles[1]));
        var failed = Assert.Single(result.Documents, d => !d.Written);
        Assert.Contains("the template is broken", Assert.Single(failed.Errors), StringComparison.Ordinal);
        Assert.Contains(notices, n => n.StartsWith("error: bad document not written: the template is broken", StringComparison.Ordinal));

        // ... and the manifest lists both templates as sources, with their hashes
        using var manifest = JsonDocument.Parse(File.ReadAllText(result.Manifest!));
        Assert.Equal(2, manifest.RootElement.GetProperty("sources").EnumerateArray().Count(s => s.GetProperty("kind").GetString() == "template"));
    }

    [Fact]
    public void Build_StrictWithAnErrorRow_WritesNothing()
    {
        using var temp = new TempFolder("pipeline");
        var inputs = Inputs(temp, "2026-11-25,Microsoft,Site,lots,USD,Capex,Tracker");
        temp.Write("templates/weekly-ir.good", "template");

        var result = Pipeline([new FileRenderer("good", fail: false)])
            .Build(new PackBuildRequest(new PackLoadRequest(inputs, WeekChoice.LastComplete, CultureInfo.InvariantCulture, new PackOptions()), temp.File("templates"), temp.File("out"), Strict: true));

        Assert.True(result.RejectedByStrict);
        Assert.True(result.HasDataErrors);
        Assert.Empty(result.WrittenFiles);
        Assert.False(Directory.Exists(temp.File("out/weekly-ir")));
    }

    [Fact]
    public void Build_NoTemplateForThePack_IsASetupErrorNamingTheExpectedFiles()
    {
        using var temp = new TempFolder("pipeline");
        var inputs = Inputs(temp);
        Directory.CreateDirectory(temp.File("templates"));

        var error = Assert.Throws<PackSetupException>(() => Pipeline([new FileRenderer("good", fail: false)])
            .Build(new PackBuildRequest(new PackLoadRequest(inputs, WeekChoice.LastComplete, CultureInfo.InvariantCulture, new PackOptions()), temp.File("templates"), temp.File("out"))));

        Assert.Equal($"no template for pack 'weekly-ir' in '{temp.File("templates")}' (expected one of weekly-ir.good); nothing was written.", error.Message);
    }

    [Fact]
    public void Load_ExplicitWeekNotOver_WarnsTheUser()
    {
        using var temp = new TempFolder("pipeline");
        var notices = new List<string>();

        Pipeline([], new RecordingObserver(notices)).Load(new PackLoadRequest(Inputs(temp), WeekChoice.Of(IsoWeek.Parse("2026-W49")), CultureInfo.InvariantCulture, new PackOptions()));

        Assert.Equal("warning: 2026-W49 has not ended yet (it ends on Sunday 2026-12-06, Europe/London); the pack holds only what the inputs have so far.", Assert.Single(notices));
    }

    private static PackBuildPipeline Pipeline(IReadOnlyList<IPackRenderer> renderers, IBuildObserver? observer = null) =>
        new(NullLoggerFactory.Instance, new FakeTimeProvider(Now), renderers, observer ?? SilentBuildObserver.Instance);

    private static PackInputPaths Inputs(TempFolder temp, params string[] investmentRows)
    {
        Directory.CreateDirectory(temp.File("articles"));
        temp.Write("figures/investments.csv", "date,investor,target,amount,currency,category,source\n" + string.Concat(investmentRows.Select(r => r + "\n")));
        File.Copy(Path.Combine(RepoPaths.SampleData, "entities.csv"), temp.File("entities.csv"));
        return new PackInputPaths(temp.File("articles"), temp.File("figures"), temp.File("entities.csv"));
    }

    /// <summary>Writes a one-line document through the product's atomic write, or throws like a broken template.</summary>
    private sealed class FileRenderer(string format, bool fail) : IPackRenderer
    {
        public string Format => format;

        public string TemplateFileName(string packName) => packName + "." + format;

        public bool IsTemplate(string fileName) => fileName.EndsWith("." + format, StringComparison.Ordinal);

        public RenderResult Render(WeeklyPack pack, RenderRequest request, CancellationToken cancellationToken)
        {
            if (fail)
            {
                throw new InvalidOperationException("the template is broken");
            }

            File.WriteAllText(request.OutputPath, $"rendered {pack.Name} {pack.Week.Label}");
            return new RenderResult(request.OutputPath, [], TimeSpan.Zero);
        }

        public IReadOnlyList<Core.Templates.TemplateError> Check(string templatePath) => [];
    }

    private sealed class RecordingObserver(List<string> notices) : IBuildObserver
    {
        public T Show<T>(string status, Func<IProgress<string>?, T> work) => work(null);

        public void Notice(string line) => notices.Add(line);
    }
}
