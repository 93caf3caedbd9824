namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Zip entry names of package parts and their relationship parts.</summary>
internal static class PartPath
{
    /// <summary>Resolves a relationship target against the folder of <paramref name="sourcePart"/> ("" for the package).</summary>
    public static string Resolve(string sourcePart, string target)
    {
        target = Uri.UnescapeDataString(target);
        if (target.StartsWith('/'))
        {
            return target.TrimStart('/');
        }

        var folder = sourcePart.Contains('/', StringComparison.Ordinal) ? sourcePart[..sourcePart.LastIndexOf('/')] : string.Empty;
        var segments = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var segment in target.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment is not ("." or ""))
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }

    /// <summary>The relationships part of a part: <c>xl/worksheets/sheet1.xml</c> → <c>xl/worksheets/_rels/sheet1.xml.rels</c>.</summary>
    public static string RelationshipsOf(string part)
    {
        var slash = part.LastIndexOf('/');
        return slash < 0 ? $"_rels/{part}.rels" : $"{part[..slash]}/_rels/{part[(slash + 1)..]}.rels";
    }
}
