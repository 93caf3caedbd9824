using System.Runtime.InteropServices;

namespace ReportAutomation.Rendering.Pdf.Text;

/// <summary>
/// Cuts a TrueType/OpenType font down to the glyphs a document uses, with HarfBuzz's subsetter (hb-subset, shipped in
/// the same native library SkiaSharp.HarfBuzz loads). Glyph ids are kept, so a PDF's content streams, which address
/// glyphs by id, stay valid; layout tables (GSUB, GPOS, GDEF) are dropped because a PDF's glyphs are already shaped.
/// </summary>
internal static partial class FontSubset
{
    private const string Library = "libHarfBuzzSharp";
    private const uint RetainGlyphIds = 0x2;
    private const uint NoLayoutClosure = 0x200;
    private const int DropTableTags = 3;

    /// <summary>The font's subset holding <paramref name="glyphs"/> (and the components they draw on), or null when HarfBuzz refuses the font.</summary>
    public static unsafe byte[]? Of(ReadOnlySpan<byte> font, IEnumerable<int> glyphs)
    {
        fixed (byte* pinned = font)
        {
            return Of((IntPtr)pinned, font.Length, glyphs);
        }
    }

    // HarfBuzz reads the font in place (a read-only blob): every object made from it is destroyed before this returns.
    private static byte[]? Of(IntPtr font, int fontLength, IEnumerable<int> glyphs)
    {
        IntPtr blob = 0, face = 0, input = 0, subset = 0, subsetBlob = 0;
        try
        {
            blob = hb_blob_create(font, (uint)fontLength, 1, 0, 0);
            face = hb_face_create(blob, 0);
            input = hb_subset_input_create_or_fail();
            if (input == 0)
            {
                return null;
            }

            var set = hb_subset_input_glyph_set(input);
            hb_set_add(set, 0);
            foreach (var glyph in glyphs)
            {
                hb_set_add(set, (uint)glyph);
            }

            var drop = hb_subset_input_set(input, DropTableTags);
            foreach (var tag in new[] { "GSUB", "GPOS", "GDEF", "DSIG" })
            {
                hb_set_add(drop, Tag(tag));
            }

            hb_subset_input_set_flags(input, RetainGlyphIds | NoLayoutClosure);
            subset = hb_subset_or_fail(face, input);
            if (subset == 0)
            {
                return null;
            }

            subsetBlob = hb_face_reference_blob(subset);
            var data = hb_blob_get_data(subsetBlob, out var length);
            if (data == 0 || length == 0)
            {
                return null;
            }

            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            return bytes;
        }
        finally
        {
            Destroy(subsetBlob, hb_blob_destroy);
            Destroy(subset, hb_face_destroy);
            Destroy(input, hb_subset_input_destroy);
            Destroy(face, hb_face_destroy);
            Destroy(blob, hb_blob_destroy);
        }
    }

    private static void Destroy(IntPtr handle, Action<IntPtr> destroy)
    {
        if (handle != 0)
        {
            destroy(handle);
        }
    }

    private static uint Tag(string tag) => ((uint)tag[0] << 24) | ((uint)tag[1] << 16) | ((uint)tag[2] << 8) | tag[3];

    [LibraryImport(Library)]
    private static partial IntPtr hb_blob_create(IntPtr data, uint length, int mode, IntPtr userData, IntPtr destroy);

    [LibraryImport(Library)]
    private static partial void hb_blob_destroy(IntPtr blob);

    [LibraryImport(Library)]
    private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_create(IntPtr blob, uint index);

    [LibraryImport(Library)]
    private static partial void hb_face_destroy(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    private static partial void hb_subset_input_destroy(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_glyph_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_set(IntPtr input, int setType);

    [LibraryImport(Library)]
    private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [LibraryImport(Library)]
    private static partial void hb_set_add(IntPtr set, uint codepoint);
}
