using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportAutomation.Rendering.Word.Docx;

/// <summary>What the memo needs to know about runs: their plain text and whether they hold a template tag.</summary>
internal static class Runs
{
    /// <summary>True when the run holds only text (and Word's page-break hints): its text can be merged and filled.</summary>
    public static bool IsText(Run run) =>
        run.ChildElements.All(c => c is RunProperties or Text or LastRenderedPageBreak);

    /// <summary>The run's text (empty for other runs).</summary>
    public static string TextOf(Run run) =>
        IsText(run) ? string.Concat(run.Elements<Text>().Select(t => t.Text)) : string.Empty;

    /// <summary>The tag a run holds after merging (<c>{{ … }}</c> or <c>{% … %}</c>, the run's whole text), or null.</summary>
    public static string? TagOf(Run run)
    {
        if (!IsText(run))
        {
            return null;
        }

        var text = TextOf(run);
        return (text.StartsWith("{{", StringComparison.Ordinal) && text.EndsWith("}}", StringComparison.Ordinal)) ||
               (text.StartsWith("{%", StringComparison.Ordinal) && text.EndsWith("%}", StringComparison.Ordinal))
            ? text
            : null;
    }

    /// <summary>A run with <paramref name="properties"/> (cloned) and <paramref name="text"/>, line breaks as <c>w:br</c>.</summary>
    public static Run Create(RunProperties? properties, string text)
    {
        var run = new Run();
        if (properties is not null)
        {
            run.Append(properties.CloneNode(true));
        }

        var lines = Lines(text);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    /// <summary>The lines of <paramref name="text"/> (a run shows each as a w:t, with a w:br between), without characters XML cannot hold.</summary>
    public static string[] Lines(string text)
    {
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            return [Clean(text)];
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = Clean(lines[i]);
        }

        return lines;
    }

    // Characters XML 1.0 cannot hold (control characters from a pasted article) would make Word refuse the file.
    private static string Clean(string text) =>
        text.AsSpan().ContainsAny(ControlCharacters) ? new string([.. text.Where(c => !ControlCharacters.Contains(c))]) : text;

    private static readonly System.Buffers.SearchValues<char> ControlCharacters =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, 0xA0).Select(i => (char)i).Where(c => char.IsControl(c) && c is not '\t')]);
}
