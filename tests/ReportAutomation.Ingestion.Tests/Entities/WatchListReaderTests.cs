using ReportAutomation.Ingestion.Entities;
using ReportAutomation.TestKit;
using static ReportAutomation.Ingestion.Tests.Figures.FigureFiles;

namespace ReportAutomation.Ingestion.Tests.Entities;

public sealed class WatchListReaderTests
{
    [Fact]
    public void Read_WatchList_SplitsAliasesAndKeepsOptionalTicker()
    {
        // Given a watch-list with aliases, a blank ticker and a BOM
        using var temp = new TempFolder("entities");
        var path = WriteLines(temp.Path, "entities.csv", bom: true,
            "name,ticker,aliases",
            "Acme Corp,ACM,Acme; ACME Inc ;;acme corp",
            "Widget Co,,",
            "\"Smith, Jones & Co\",SJC,S&J");

        // When it is read
        var result = new WatchListReader().Read(path);

        // Then aliases are trimmed, de-duplicated and never repeat the name
        Assert.Empty(result.Issues);
        Assert.Collection(
            result.Items,
            e =>
            {
                Assert.Equal(("Acme Corp", "ACM"), (e.Name, e.Ticker));
                Assert.Equal(["Acme", "ACME Inc"], e.Aliases);
            },
            e => Assert.Equal(("Widget Co", null, 0), (e.Name, e.Ticker, e.Aliases.Count)),
            e => Assert.Equal(("Smith, Jones & Co", "S&J"), (e.Name, e.Aliases.Single())));
        var file = Assert.Single(result.Files);
        Assert.Equal(("entities.csv", "entities"), (file.Path, file.Kind));
        Assert.Equal(64, file.Sha256.Length);
    }

    [Fact]
    public void Read_BadRows_AreIssuesWithLines()
    {
        // Given an empty name, a duplicate (other case), a ragged row and an unknown column
        using var temp = new TempFolder("entities");
        var path = WriteLines(temp.Path, "entities.csv", bom: false,
            "Name,Ticker,Aliases,Sector",
            "Acme,ACM,,Tech",
            ",X,,Tech",
            "ACME,ACM2,,Tech",
            "Beta,B",
            "Gamma,G,,Health");

        // When it is read
        var result = new WatchListReader().Read(path);

        // Then the good rows are kept and every problem names its line
        Assert.Equal(["Acme", "Gamma"], result.Items.Select(e => e.Name));
        Assert.Equal(
            ["entities.csv:1 [Sector]", "entities.csv:3 [name]", "entities.csv:4 [name]", "entities.csv:5"],
            result.Issues.Select(i => i.Location));
        Assert.Contains("already listed on line 2", result.Issues[2].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingNameColumnOrFile_IsAnIssue()
    {
        // Given a watch-list without a name column, and a path that does not exist
        using var temp = new TempFolder("entities");
        var path = WriteLines(temp.Path, "entities.csv", bom: false, "ticker,aliases", "ACM,Acme");

        // When both are read
        var noName = new WatchListReader().Read(path);
        var missing = new WatchListReader().Read(Path.Combine(temp.Path, "nope.csv"));

        // Then each is one issue and no entity
        Assert.Empty(noName.Items);
        Assert.Contains("lacks required column(s) name", Assert.Single(noName.Issues).Reason, StringComparison.Ordinal);
        Assert.Contains("does not exist", Assert.Single(missing.Issues).Reason, StringComparison.Ordinal);
        Assert.Empty(missing.Files);
    }
}
