using System.Collections.Concurrent;
using System.Globalization;

namespace ReportAutomation.Core.Templates.Filters;

/// <summary>Looks up cultures by name (<c>de-DE</c>, <c>en-GB</c>, <c>invariant</c>), caching the answer, without throwing.</summary>
internal static class CultureNames
{
    private static readonly ConcurrentDictionary<string, CultureInfo?> Cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The culture called <paramref name="name"/>, or null when there is none.</summary>
    public static CultureInfo? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        return Cache.GetOrAdd(name.Trim(), static n =>
        {
            if (n.Equals("invariant", StringComparison.OrdinalIgnoreCase))
            {
                return CultureInfo.InvariantCulture;
            }

            try
            {
                return CultureInfo.GetCultureInfo(n, predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                return null;
            }
        });
    }
}
