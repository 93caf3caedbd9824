using ReportAutomation.Core.Model;

namespace ReportAutomation.Delivery.Runs;

/// <summary>A build ready to mail (the pack, its folder, the checked attachments), or why it is not.</summary>
internal sealed record BuiltPack(WeeklyPack? Pack, string? Folder, IReadOnlyList<string> Attachments, string? Error)
{
    /// <summary>A build that cannot be mailed.</summary>
    public static BuiltPack Failed(string error) => new(null, null, [], error);
}
