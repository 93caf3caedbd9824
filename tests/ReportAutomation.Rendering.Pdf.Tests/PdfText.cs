using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace ReportAutomation.Rendering.Pdf.Tests;

/// <summary>Reads a PDF back with PdfPig (a reader that shares no code with Skia).</summary>
internal static partial class PdfText
{
    /// <summary>The text of each page in drawing order, a space where a line ends, runs of spaces collapsed.</summary>
    public static List<string> Pages(string path)
    {
        using var document = PdfDocument.Open(path);
        return [.. document.GetPages().Select(page =>
        {
            var text = new StringBuilder();
            UglyToad.PdfPig.Content.Letter? previous = null;
            foreach (var letter in page.Letters)
            {
                // A new line, or a jump along the line (the next table cell), reads as a space.
                if (previous is not null &&
                    (Math.Abs(letter.StartBaseLine.Y - previous.StartBaseLine.Y) > 1 || Math.Abs(letter.StartBaseLine.X - previous.EndBaseLine.X) > 2))
                {
                    text.Append(' ');
                }

                text.Append(letter.Value);
                previous = letter;
            }

            return Spaces().Replace(text.ToString(), " ");
        })];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
