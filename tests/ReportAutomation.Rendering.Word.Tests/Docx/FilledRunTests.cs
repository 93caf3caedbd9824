using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportAutomation.Rendering.Word.Docx;

namespace ReportAutomation.Rendering.Word.Tests.Docx;

public sealed class FilledRunTests
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var format in new[] { "none", "built", "parsed" })
        {
            foreach (var text in new[] { "Meta Platforms", string.Empty, " lead & <b>{{ x }}</b> ", "two\nlines", "a\r\n\r\nb", "bell\u0007 and tab\t" })
            {
                data.Add(format, text);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void WriteTo_AnyTextAndFormat_WritesExactlyWhatTheSdkWritesForTheSameRun(string format, string text)
    {
        // Given a template run format (none, built in code, or parsed from XML with its own namespace) and a value
        var properties = Format(format);

        // When the value is written as a filled run and as the SDK's run of a cloned format
        var filled = Xml(new FilledRun(properties, text));
        var sdk = Xml(Runs.Create(properties, text));

        // Then the XML is the same, byte for byte, and the text reads back literally
        Assert.Equal(sdk, filled);
        Assert.DoesNotContain("<b>", filled, StringComparison.Ordinal);
    }

    [Fact]
    public void Filled_RunInAParagraph_IsSavedInItsPartAndReadsBackAsARun()
    {
        // Given a paragraph holding a filled run, in a document saved by the SDK
        var properties = new RunProperties(new Bold());
        var paragraph = new Paragraph(new FilledRun(properties, "Total <$60.2B>\nnext line"));
        var document = new Document(new Body(paragraph));

        // When it is written out and parsed again
        var reread = new Document(document.OuterXml);

        // Then the run is an ordinary bold run with both lines, and the template's format was not moved into it
        var run = Assert.Single(reread.Descendants<Run>());
        Assert.NotNull(run.RunProperties?.Bold);
        Assert.Equal(["Total <$60.2B>", "next line"], run.Elements<Text>().Select(t => t.Text));
        Assert.Single(run.Elements<Break>());
        Assert.Null(properties.Parent);
    }

    private static RunProperties? Format(string format) => format switch
    {
        "built" => new RunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = "20" }),
        "parsed" => new Document($"<w:document xmlns:w=\"{W}\" xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\"><w:body><w:p><w:r><w:rPr><w:i/><w14:ligatures w14:val=\"standard\"/></w:rPr><w:t>x</w:t></w:r></w:p></w:body></w:document>")
            .Descendants<RunProperties>().First(),
        _ => null,
    };

    private static string Xml(OpenXmlElement run)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            writer.WriteStartElement("w", "body", W);
            run.WriteTo(writer);
            writer.WriteEndElement();
        }

        return text.ToString();
    }
}
