using System.Buffers;

namespace ReportAutomation.Rendering.Pdf.Text;

/// <summary>
/// The part of the Unicode bidi algorithm a headline needs: consecutive Arabic or Hebrew words are shown right to left
/// (HarfBuzz already orders the letters inside each word); everything else stays left to right.
/// </summary>
internal static class RightToLeft
{
    // Hebrew, Arabic (with Syriac, Thaana and their supplements) and their presentation forms.
    private static readonly SearchValues<char> Letters = SearchValues.Create([.. Range('\u0590', '\u08FF'), .. Range('\uFB1D', '\uFDFF'), .. Range('\uFE70', '\uFEFF')]);
    /// <summary>Reverses, in place, each run of consecutive right-to-left words.</summary>
    public static void ReorderWords(string[] words)
    {
        var start = -1;
        for (var i = 0; i <= words.Length; i++)
        {
            var rtl = i < words.Length && IsRightToLeft(words[i]);
            if (rtl && start < 0)
            {
                start = i;
            }
            else if (!rtl && start >= 0)
            {
                Array.Reverse(words, start, i - start);
                start = -1;
            }
        }
    }

    /// <summary>True when <paramref name="text"/> has any character of the Hebrew or Arabic ranges.</summary>
    public static bool Contains(string text) => text.AsSpan().ContainsAny(Letters);

    /// <summary>True when the word's first letter is Hebrew or Arabic.</summary>
    public static bool IsRightToLeft(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return IsRightToLeft(c);
            }
        }

        return false;
    }

    private static bool IsRightToLeft(char c) => Letters.Contains(c);

    private static IEnumerable<char> Range(char first, char last) => Enumerable.Range(first, last - first + 1).Select(c => (char)c);
}
