using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportAutomation.Rendering.Word.Docx;

/// <summary>
/// Undoes Word's run splitting inside placeholders: in a paragraph holding <c>{{</c> or <c>{%</c>, the text runs are
/// re-cut so every tag is one run with the formatting of its first character (rsids, spell-check marks, bookmarks and
/// comment anchors between the braces no longer matter), literal text keeps its own runs and formatting, and Word's
/// curly quotes inside tags become straight ones.
/// </summary>
internal static partial class RunMerger
{
    /// <summary>Merges every paragraph under <paramref name="root"/> (including those in tables, text boxes, headers).</summary>
    public static void MergeAll(OpenXmlElement root)
    {
        foreach (var paragraph in root.Descendants<Paragraph>().ToList())
        {
            Merge(paragraph);
        }
    }

    /// <summary>Re-cuts one paragraph's runs; a paragraph without tags is left exactly as it is.</summary>
    public static void Merge(Paragraph paragraph)
    {
        var children = paragraph.ChildElements.Where(c => c is not ParagraphProperties).ToList();
        var text = new StringBuilder();
        var pieces = new List<(int Start, RunProperties? Properties, OpenXmlElement? Opaque)>();
        foreach (var child in children)
        {
            if (child is Run run && Runs.IsText(run))
            {
                var runText = Runs.TextOf(run);
                if (runText.Length > 0)
                {
                    pieces.Add((text.Length, run.RunProperties, null));
                    text.Append(runText);
                }
            }
            else if (child is not ProofError)
            {
                pieces.Add((text.Length, null, child));
            }
        }

        var full = text.ToString();
        if (!full.Contains("{{", StringComparison.Ordinal) && !full.Contains("{%", StringComparison.Ordinal))
        {
            return;
        }

        var tags = Tag().Matches(full).Select(m => (m.Index, m.Length)).ToList();
        var output = new List<OpenXmlElement>();
        var textPieces = pieces.Where(p => p.Opaque is null).ToList();
        var opaque = pieces.Where(p => p.Opaque is not null).Select(p => (Start: MoveOutOfTags(p.Start, tags), p.Opaque!)).ToList();
        var cuts = new SortedSet<int> { 0, full.Length };
        foreach (var (index, length) in tags)
        {
            cuts.Add(index);
            cuts.Add(index + length);
        }

        foreach (var piece in textPieces)
        {
            if (!tags.Any(t => piece.Start > t.Index && piece.Start < t.Index + t.Length))
            {
                cuts.Add(piece.Start);
            }
        }

        foreach (var (start, element) in opaque)
        {
            cuts.Add(start);
        }

        var points = cuts.ToList();
        var next = 0;
        for (var i = 0; i < points.Count; i++)
        {
            while (next < opaque.Count && opaque[next].Start == points[i])
            {
                output.Add(opaque[next++].Item2.CloneNode(true));
            }

            if (i == points.Count - 1 || points[i] == points[i + 1])
            {
                continue;
            }

            var segment = full[points[i]..points[i + 1]];
            var owner = textPieces.Last(p => p.Start <= points[i]);
            var isTag = tags.Any(t => t.Index == points[i]);
            output.Add(Runs.Create(owner.Properties, isTag ? StraightQuotes(segment) : segment));
        }

        while (next < opaque.Count)
        {
            output.Add(opaque[next++].Item2.CloneNode(true));
        }

        foreach (var child in children)
        {
            child.Remove();
        }

        paragraph.Append(output);
    }

    // A bookmark or comment anchor Word left inside a tag moves to just after the tag.
    private static int MoveOutOfTags(int start, List<(int Index, int Length)> tags)
    {
        foreach (var (index, length) in tags)
        {
            if (start > index && start < index + length)
            {
                return index + length;
            }
        }

        return start;
    }

    private static string StraightQuotes(string tag) =>
        tag.Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u201E', '"').Replace('\u2018', '\'').Replace('\u2019', '\'');

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline)]
    private static partial Regex Tag();
}
