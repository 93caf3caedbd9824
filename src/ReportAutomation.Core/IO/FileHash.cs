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
        return new InputFile(Relative(fullPath, root), kind, hash, stream.Length);
    }

    /// <summary>Describes content already read from <paramref name="fullPath"/>, so the hash is of exactly the bytes that were used.</summary>
    public static InputFile Describe(ReadOnlySpan<byte> content, string fullPath, string root, string kind) =>
        new(Relative(fullPath, root), kind, Convert.ToHexStringLower(SHA256.HashData(content)), content.Length);

    private static string Relative(string fullPath, string root) => Path.GetRelativePath(root, fullPath).Replace('\\', '/');
}
