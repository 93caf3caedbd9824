namespace ReportAutomation.Pipeline;

/// <summary>The build's output folder: checked before any input is read, created only when there is something to write.</summary>
public static class OutputFolder
{
    /// <summary>Returns <c>&lt;out&gt;/&lt;pack&gt;</c>; a setup error naming the path when a file stands where a folder must go.</summary>
    public static string Check(string outRoot, string pack)
    {
        var folder = Path.Combine(outRoot, pack);
        for (var path = Path.GetFullPath(folder); !string.IsNullOrEmpty(path); path = Path.GetDirectoryName(path))
        {
            if (File.Exists(path))
            {
                throw new PackSetupException($"--out '{outRoot}': '{path}' is a file, not a folder; pass --out DIR (a folder, created if missing).");
            }

            if (Directory.Exists(path))
            {
                break;
            }
        }

        return folder;
    }

    /// <summary>Creates <paramref name="folder"/>; a setup error naming it when the file system refuses.</summary>
    public static string Create(string folder, string outRoot)
    {
        try
        {
            Directory.CreateDirectory(folder);
            return folder;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PackSetupException($"--out '{outRoot}': cannot create the folder '{folder}': {ex.Message}");
        }
    }
}
