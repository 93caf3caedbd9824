using System.Globalization;

namespace ReportAutomation.Rendering.Word.Templating;

/// <summary>
/// Scanned templates kept for the process, by the template's path and the culture it was checked in, each with the bytes
/// it was scanned from: a worker filling the same template every week reads and scans it once, and a file whose bytes
/// changed is scanned again. A template is lent to one render at a time (a render of the same template meanwhile scans
/// its own copy).
/// </summary>
internal static class MemoTemplateCache
{
    private const int Capacity = 8;

    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, (byte[] Bytes, MemoTemplate Template)> Idle = new(StringComparer.Ordinal);
    private static readonly Queue<string> Order = new();

    /// <summary>The key of the template at <paramref name="path"/> filled in <paramref name="culture"/>.</summary>
    public static string KeyOf(string path, CultureInfo culture) => Path.GetFullPath(path) + "|" + culture.Name;

    /// <summary>The template kept under <paramref name="key"/> if it was scanned from <paramref name="bytes"/>, lent until <see cref="Return"/>; else null.</summary>
    public static MemoTemplate? Rent(string key, byte[] bytes)
    {
        lock (Gate)
        {
            return Idle.Remove(key, out var kept) && kept.Bytes.AsSpan().SequenceEqual(bytes) ? kept.Template : null;
        }
    }

    /// <summary>Keeps <paramref name="template"/>, scanned from <paramref name="bytes"/>, under <paramref name="key"/> (the oldest key goes past capacity).</summary>
    public static void Return(string key, byte[] bytes, MemoTemplate template)
    {
        if (!template.Reusable)
        {
            return;
        }

        lock (Gate)
        {
            Idle[key] = (bytes, template);
            if (!Order.Contains(key))
            {
                Order.Enqueue(key);
            }

            while (Order.Count > Capacity && Order.TryDequeue(out var oldest))
            {
                Idle.Remove(oldest);
            }
        }
    }
}
