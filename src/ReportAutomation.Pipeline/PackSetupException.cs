namespace ReportAutomation.Pipeline;

/// <summary>A build cannot start or finish because of how it was set up (a missing folder, no template, an output path
/// that is a file); the message is one readable line naming the path.</summary>
public sealed class PackSetupException(string message) : Exception(message);
