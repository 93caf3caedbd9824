using ReportAutomation.Core.Model;

namespace ReportAutomation.Core.Tests.Architecture;

public sealed class CoreDependencyTests
{
    [Fact]
    public void Core_ReferencesNoOfficeSkiaOrMailLibrary()
    {
        // The pack model and template language stay free of the heavy libraries the renderers and readers wrap.
        var referenced = typeof(WeeklyPack).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(referenced, name =>
            name.StartsWith("ClosedXML", StringComparison.Ordinal)
            || name.StartsWith("DocumentFormat", StringComparison.Ordinal)
            || name.StartsWith("SkiaSharp", StringComparison.Ordinal)
            || name.StartsWith("MailKit", StringComparison.Ordinal)
            || name.StartsWith("AngleSharp", StringComparison.Ordinal)
            || name.StartsWith("CsvHelper", StringComparison.Ordinal));
        Assert.Contains("Fluid", referenced);
    }
}
