namespace ReportAutomation.Rendering.Pdf.Text;

/// <summary>Code point reading that never throws on a lone surrogate (article text is untrusted).</summary>
internal static class Codepoints
{
    /// <summary>The code point at <paramref name="index"/>, or U+FFFD for a lone surrogate; <paramref name="length"/> is 1 or 2.</summary>
    public static int At(string text, int index, out int length)
    {
        if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            length = 2;
            return char.ConvertToUtf32(text[index], text[index + 1]);
        }

        length = 1;
        return char.IsSurrogate(text[index]) ? 0xFFFD : text[index];
    }
}
