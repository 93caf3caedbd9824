using System.Security.Cryptography;
using ReportAutomation.Core.Model;

namespace ReportAutomation.Core.IO;

/// <summary>SHA-256 of input files, for the pack's provenance.</summary>
public static class FileHash
{
    /// <summary>Hashes <paramref name="fullPath"/> and describes it relative to <paramref name="root"/>.</summary>
    public static InputFile Describe(string fullPath, string root, string kind)
    {
        using var stream = File.OpenRead(fullPath);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        var relative = Path.GetRelativePath(root, fullPath).Replace('\\', '/');
        return new InputFile(relative, kind, hash, stream.Length);
    }
}
